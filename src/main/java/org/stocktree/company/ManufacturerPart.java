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
import java.util.Objects;
import org.stocktree.common.HasMetadata;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * A part as one manufacturer makes it, under its manufacturer part number (MPN). Only companies
 * marked as manufacturers make parts; part, manufacturer and MPN are unique together.
 */
@Entity
@Table(name = "company_manufacturerpart")
@ModelType(app = "company", model = "manufacturerpart", roles = {"part", "purchase_order"}, display = "mpn")
public class ManufacturerPart extends BaseEntity implements HasMetadata {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    @Column(name = "part_id", insertable = false, updatable = false)
    private Long partId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "manufacturer_id")
    private Company manufacturer;

    @Column(name = "manufacturer_id", insertable = false, updatable = false)
    private Long manufacturerId;

    @Column(name = "mpn", length = 100)
    private String mpn;

    @Column(length = 250)
    private String description;

    @Column(length = 2000)
    private String link;

    @Column(name = "barcode_data", nullable = false, length = 500)
    private String barcodeData = "";

    @Column(name = "barcode_hash", nullable = false, length = 128)
    private String barcodeHash = "";

    private String notes;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected ManufacturerPart() {
    }

    static ManufacturerPart create() {
        return new ManufacturerPart();
    }

    void apply(FormValues values, EntityManager em) {
        Part newPart = values.entity("part", Part.class, part);
        Company newManufacturer = values.entity("manufacturer", Company.class, manufacturer);
        if (!newManufacturer.isManufacturer() && !Objects.equals(newManufacturer.getId(), manufacturerId)) {
            throw FieldErrors.of("manufacturer", Companies.notAChoice(newManufacturer.getId()));
        }
        String newMpn = values.has("MPN") ? blankToNull(values.text("MPN", null)) : mpn;
        long self = getId() == null ? -1L : getId();
        boolean taken = !em.createQuery("select m.id from ManufacturerPart m where m.part = :part and "
                        + "m.manufacturer = :manufacturer and (m.mpn = :mpn or (m.mpn is null and :mpn is null)) "
                        + "and m.id <> :self", Long.class)
                .setParameter("part", newPart).setParameter("manufacturer", newManufacturer).setParameter("mpn", newMpn)
                .setParameter("self", self).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw FieldErrors.general("The fields part, manufacturer, MPN must make a unique set.");
        }
        part = newPart;
        partId = newPart.getId();
        manufacturer = newManufacturer;
        manufacturerId = newManufacturer.getId();
        mpn = newMpn;
        description = values.text("description", description);
        link = values.text("link", link);
        if (values.has("notes")) {
            notes = SafeMarkdown.clean(values.text("notes", null));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Part getPart() {
        return part;
    }

    public Long partId() {
        return partId;
    }

    public Company getManufacturer() {
        return manufacturer;
    }

    public Long manufacturerId() {
        return manufacturerId;
    }

    public String getMpn() {
        return mpn;
    }

    public String getDescription() {
        return description;
    }

    public String getLink() {
        return link;
    }

    public String getBarcodeHash() {
        return barcodeHash;
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
