package org.stocktree.company;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * A part as one supplier sells it, under its stock keeping unit (SKU). Only suppliers supply
 * parts, and only purchaseable parts are supplied; a supplier uses a SKU once. A pack holds
 * {@code pack_quantity} (a quantity in any unit compatible with the part's units), kept also as a
 * number in the part's units ({@code pack_quantity_native}). One supplier part per part may be
 * its primary one.
 */
@Entity
@Table(name = "company_supplierpart")
@ModelType(app = "company", model = "supplierpart", roles = {"part", "purchase_order"}, display = "sku")
public class SupplierPart extends BaseEntity implements HasMetadata {

    public static final String TABLE = "company_supplierpart";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    @Column(name = "part_id", insertable = false, updatable = false)
    private Long partId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Company supplier;

    @Column(name = "supplier_id", insertable = false, updatable = false)
    private Long supplierId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manufacturer_part_id")
    private ManufacturerPart manufacturerPart;

    @Column(name = "manufacturer_part_id", insertable = false, updatable = false)
    private Long manufacturerPartId;

    @Column(name = "sku", nullable = false, length = 100)
    private String sku;

    @Column(length = 250)
    private String description;

    @Column(length = 2000)
    private String link;

    @Column(length = 100)
    private String note;

    @Column(length = 50)
    private String packaging;

    @Column(name = "pack_quantity", nullable = false, length = 25)
    private String packQuantity = "";

    @Column(name = "pack_quantity_native", nullable = false, precision = 15, scale = 5)
    private BigDecimal packQuantityNative = BigDecimal.ONE;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "\"primary\"", nullable = false)
    private boolean primary;

    @Column(nullable = false, precision = 15, scale = 5)
    private BigDecimal available = BigDecimal.ZERO;

    @Column(name = "availability_updated")
    private OffsetDateTime availabilityUpdated;

    private OffsetDateTime updated;

    @Column(name = "barcode_data", nullable = false, length = 500)
    private String barcodeData = "";

    @Column(name = "barcode_hash", nullable = false, length = 128)
    private String barcodeHash = "";

    private String notes;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected SupplierPart() {
    }

    static SupplierPart create() {
        return new SupplierPart();
    }

    /** Applies checked values; every rule spanning fields or rows is checked before anything changes. */
    void apply(FormValues values, Units units, EntityManager em) {
        Part newPart = values.entity("part", Part.class, part);
        if (!newPart.isPurchaseable() && !Objects.equals(newPart.getId(), partId)) {
            throw FieldErrors.of("part", Companies.notAChoice(newPart.getId()));
        }
        Company newSupplier = values.entity("supplier", Company.class, supplier);
        if (!newSupplier.isSupplier() && !Objects.equals(newSupplier.getId(), supplierId)) {
            throw FieldErrors.of("supplier", Companies.notAChoice(newSupplier.getId()));
        }
        ManufacturerPart newManufacturerPart = values.entity("manufacturer_part", ManufacturerPart.class,
                manufacturerPart);
        if (newManufacturerPart != null && !newManufacturerPart.partId().equals(newPart.getId())) {
            throw FieldErrors.of("manufacturer_part", "Linked manufacturer part must reference the same base part");
        }
        String newSku = values.text("SKU", sku).strip();
        long self = getId() == null ? -1L : getId();
        if (!em.createQuery("select s.id from SupplierPart s where s.supplier = :supplier and s.sku = :sku "
                        + "and s.id <> :self", Long.class)
                .setParameter("supplier", newSupplier).setParameter("sku", newSku).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.general("The fields supplier, SKU must make a unique set.");
        }
        String newPack = values.has("pack_quantity") ? orBlank(values.text("pack_quantity", null)).strip()
                : packQuantity;
        BigDecimal nativePack = packInPartUnits(newPack, newPart, units);
        BigDecimal newAvailable = values.decimal("available", available);
        if (values.has("available") && newAvailable.compareTo(available) != 0) {
            availabilityUpdated = OffsetDateTime.now(ZoneOffset.UTC);
        }
        part = newPart;
        partId = newPart.getId();
        supplier = newSupplier;
        supplierId = newSupplier.getId();
        manufacturerPart = newManufacturerPart;
        manufacturerPartId = newManufacturerPart == null ? null : newManufacturerPart.getId();
        sku = newSku;
        packQuantity = newPack;
        packQuantityNative = nativePack;
        available = newAvailable;
        description = values.text("description", description);
        link = values.text("link", link);
        note = values.text("note", note);
        packaging = values.text("packaging", packaging);
        active = values.bool("active", active);
        primary = values.bool("primary", primary);
        if (values.has("notes")) {
            notes = SafeMarkdown.clean(values.text("notes", null));
        }
        updated = OffsetDateTime.now(ZoneOffset.UTC);
        if (primary) {
            // one primary supplier part per part: the others stop being primary with this change
            em.createQuery("update SupplierPart s set s.primary = false where s.part = :part and s.id <> :self "
                    + "and s.primary = true").setParameter("part", newPart).setParameter("self", self).executeUpdate();
        }
    }

    /**
     * The pack size in the part's units: blank is one item; "1 kg" for a part counted in grams is
     * 1000. A size that is not a positive quantity compatible with the part's units is refused.
     */
    static BigDecimal packInPartUnits(String pack, Part part, Units units) {
        if (pack == null || pack.isBlank()) {
            return BigDecimal.ONE;
        }
        double value;
        try {
            value = units.convert(pack, part.getUnits() == null || part.getUnits().isBlank() ? null : part.getUnits());
        } catch (UnitError unreadable) {
            throw FieldErrors.of("pack_quantity", unreadable.getMessage());
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw FieldErrors.of("pack_quantity", "Pack quantity must be greater than zero");
        }
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
    }

    private static String orBlank(String text) {
        return text == null ? "" : text;
    }

    public Part getPart() {
        return part;
    }

    public Long partId() {
        return partId;
    }

    public Company getSupplier() {
        return supplier;
    }

    public Long supplierId() {
        return supplierId;
    }

    public ManufacturerPart getManufacturerPart() {
        return manufacturerPart;
    }

    public Long manufacturerPartId() {
        return manufacturerPartId;
    }

    public String getSku() {
        return sku;
    }

    public String getDescription() {
        return description;
    }

    public String getLink() {
        return link;
    }

    public String getNote() {
        return note;
    }

    public String getPackaging() {
        return packaging;
    }

    public String getPackQuantity() {
        return packQuantity;
    }

    public BigDecimal getPackQuantityNative() {
        return packQuantityNative;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isPrimary() {
        return primary;
    }

    public BigDecimal getAvailable() {
        return available;
    }

    public OffsetDateTime getAvailabilityUpdated() {
        return availabilityUpdated;
    }

    public OffsetDateTime getUpdated() {
        return updated;
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
