package org.stocktree.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/** A person to talk to at a company. */
@Entity
@Table(name = "company_contact")
@ModelType(app = "company", model = "contact", roles = {"purchase_order", "sales_order", "return_order"},
        display = "name")
public class Contact extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 100)
    private String phone = "";

    @Column(nullable = false, length = 254)
    private String email = "";

    @Column(nullable = false, length = 100)
    private String role = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected Contact() {
    }

    static Contact create() {
        return new Contact();
    }

    void apply(FormValues values) {
        company = values.entity("company", Company.class, company);
        name = values.text("name", name).strip();
        phone = orBlank(values.text("phone", phone));
        email = orBlank(values.text("email", email));
        role = orBlank(values.text("role", role));
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    public Company getCompany() {
        return company;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
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
