package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.RoundingMode;

/**
 * A part in brief (InvenTree's {@code PartBrief}), as BOM lines and substitutes show their parts.
 * Pricing is null until pricing exists.
 */
record PartBriefRow(
        long pk, @JsonProperty("IPN") String ipn, @JsonProperty("barcode_hash") String barcodeHash,
        @JsonProperty("category_default_location") Long categoryDefaultLocation,
        @JsonProperty("default_location") Long defaultLocation, @JsonProperty("default_expiry") long defaultExpiry,
        String name, String revision, @JsonProperty("full_name") String fullName, String description, String image,
        String thumbnail, boolean active, boolean locked, boolean assembly, boolean component,
        @JsonProperty("minimum_stock") String minimumStock, @JsonProperty("is_template") boolean template,
        boolean purchaseable, boolean salable, boolean testable, boolean trackable, boolean virtual,
        boolean consumable, String units, @JsonProperty("pricing_min") String pricingMin,
        @JsonProperty("pricing_max") String pricingMax) {

    /** The part in brief; {@code categories} knows the default locations of the part's category and its ancestors. */
    static PartBriefRow of(Part part, CategoryRows categories) {
        PartCategory category = part.getCategory();
        return new PartBriefRow(part.getId(), part.getIpn(), part.getBarcodeHash(),
                category == null ? null : categories.defaultLocation(category), part.getDefaultLocation(),
                part.getDefaultExpiry(), part.getName(), part.getRevision(), part.fullName(), part.getDescription(),
                part.getImage(), PartRow.BLANK_THUMBNAIL, part.isActive(), part.isLocked(), part.isAssembly(),
                part.isComponent(), part.getMinimumStock().setScale(6, RoundingMode.HALF_UP).toPlainString(),
                part.isTemplate(), part.isPurchaseable(), part.isSalable(), part.isTestable(), part.isTrackable(),
                part.isVirtual(), part.isConsumable(), part.getUnits(), null, null);
    }
}
