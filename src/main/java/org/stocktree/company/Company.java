package org.stocktree.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.part.Currencies;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * A company we buy from, sell to or whose parts we use. One company may be all three; what it is
 * decides where it may appear (only a customer receives stock, only a supplier supplies parts,
 * only a manufacturer makes manufacturer parts). Its name and e-mail are unique together.
 */
@Entity
@Table(name = "company_company")
@ModelType(app = "company", model = "company", roles = {"purchase_order", "sales_order", "return_order"},
        display = "name")
public class Company extends BaseEntity implements HasMetadata {

    static final String TABLE = "company_company";

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String description = "";

    @Column(nullable = false, length = 2000)
    private String website = "";

    @Column(nullable = false, length = 50)
    private String phone = "";

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 100)
    private String contact = "";

    @Column(nullable = false, length = 2000)
    private String link = "";

    @Column(length = 255)
    private String image;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "is_customer", nullable = false)
    private boolean customer;

    @Column(name = "is_supplier", nullable = false)
    private boolean supplier = true;

    @Column(name = "is_manufacturer", nullable = false)
    private boolean manufacturer;

    @Column(nullable = false, length = 3)
    private String currency = "";

    @Column(name = "tax_id", nullable = false, length = 50)
    private String taxId = "";

    private String notes;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected Company() {
    }

    static Company create() {
        return new Company();
    }

    /**
     * Applies checked values. The currency is one of the supported codes, the default currency
     * when none is given; notes are cleaned of anything that could run script.
     */
    void apply(FormValues values, Currencies currencies, EntityManager em) {
        String newName = values.text("name", name).strip();
        String newEmail = blankToNull(values.text("email", email));
        long self = getId() == null ? -1L : getId();
        boolean taken = !em.createQuery("select c.id from Company c where lower(c.name) = :name and "
                        + "(c.email = :email or (c.email is null and :email is null)) and c.id <> :self", Long.class)
                .setParameter("name", newName.toLowerCase(java.util.Locale.ROOT)).setParameter("email", newEmail)
                .setParameter("self", self).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw FieldErrors.general("The fields name, email must make a unique set.");
        }
        name = newName;
        email = newEmail;
        description = orBlank(values.text("description", description));
        website = orBlank(values.text("website", website));
        phone = orBlank(values.text("phone", phone));
        contact = orBlank(values.text("contact", contact));
        link = orBlank(values.text("link", link));
        taxId = orBlank(values.text("tax_id", taxId));
        active = values.bool("active", active);
        customer = values.bool("is_customer", customer);
        supplier = values.bool("is_supplier", supplier);
        manufacturer = values.bool("is_manufacturer", manufacturer);
        if (values.has("currency") || currency.isEmpty()) {
            currency = currencies.check("currency", values.text("currency", null));
        }
        if (values.has("notes")) {
            notes = SafeMarkdown.clean(values.text("notes", null));
        }
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getWebsite() {
        return website;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getContact() {
        return contact;
    }

    public String getLink() {
        return link;
    }

    public String getImage() {
        return image;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isCustomer() {
        return customer;
    }

    public boolean isSupplier() {
        return supplier;
    }

    public boolean isManufacturer() {
        return manufacturer;
    }

    public String getCurrency() {
        return currency;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getNotes() {
        return notes;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
