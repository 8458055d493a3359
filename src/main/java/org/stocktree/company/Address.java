package org.stocktree.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FormValues;

/**
 * A postal address of a company. A company has at most one primary address: making one primary
 * makes the others not, and a company's first address is its primary one, as in InvenTree.
 */
@Entity
@Table(name = "company_address")
@ModelType(app = "company", model = "address", roles = {"purchase_order", "sales_order", "return_order"},
        display = "title")
public class Address extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "company_id", insertable = false, updatable = false)
    private Long companyId;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "\"primary\"", nullable = false)
    private boolean primary;

    @Column(nullable = false, length = 50)
    private String line1 = "";

    @Column(nullable = false, length = 50)
    private String line2 = "";

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode = "";

    @Column(name = "postal_city", nullable = false, length = 50)
    private String postalCity = "";

    @Column(nullable = false, length = 50)
    private String province = "";

    @Column(nullable = false, length = 50)
    private String country = "";

    @Column(name = "shipping_notes", nullable = false, length = 100)
    private String shippingNotes = "";

    @Column(name = "internal_shipping_notes", nullable = false, length = 100)
    private String internalShippingNotes = "";

    @Column(nullable = false, length = 2000)
    private String link = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected Address() {
    }

    static Address create() {
        return new Address();
    }

    /**
     * Applies checked values and keeps one primary address per company: this one becomes the
     * primary when asked or when its company has no other address; a primary one demotes the rest.
     */
    void apply(FormValues values, EntityManager em) {
        Company newCompany = values.entity("company", Company.class, company);
        company = newCompany;
        companyId = newCompany.getId();
        title = values.text("title", title).strip();
        line1 = text(values, "line1", line1);
        line2 = text(values, "line2", line2);
        postalCode = text(values, "postal_code", postalCode);
        postalCity = text(values, "postal_city", postalCity);
        province = text(values, "province", province);
        country = text(values, "country", country);
        shippingNotes = text(values, "shipping_notes", shippingNotes);
        internalShippingNotes = text(values, "internal_shipping_notes", internalShippingNotes);
        link = text(values, "link", link);
        primary = values.bool("primary", primary);
        long self = getId() == null ? -1L : getId();
        if (!primary && em.createQuery("select a.id from Address a where a.company = :company and a.id <> :self",
                Long.class).setParameter("company", company).setParameter("self", self).setMaxResults(1)
                .getResultList().isEmpty()) {
            primary = true;
        }
        if (primary) {
            // the others are demoted before this row is written, so two primaries never coexist
            em.createQuery("update Address a set a.primary = false where a.company = :company and a.id <> :self "
                    + "and a.primary = true").setParameter("company", company).setParameter("self", self)
                    .executeUpdate();
        }
    }

    private static String text(FormValues values, String field, String current) {
        String text = values.text(field, current);
        return text == null ? "" : text;
    }

    public Company getCompany() {
        return company;
    }

    public Long companyId() {
        return companyId;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPrimary() {
        return primary;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getPostalCity() {
        return postalCity;
    }

    public String getProvince() {
        return province;
    }

    public String getCountry() {
        return country;
    }

    public String getShippingNotes() {
        return shippingNotes;
    }

    public String getInternalShippingNotes() {
        return internalShippingNotes;
    }

    public String getLink() {
        return link;
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
