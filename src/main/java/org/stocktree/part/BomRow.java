package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A BOM line as the API shows it, with InvenTree's field names. Stock, order and build figures are
 * 0 until stock, orders and builds exist; pricing is null until pricing does. The detail objects,
 * the substitutes and the pricing appear when asked for ({@code part_detail}, {@code pricing}, ...),
 * {@code can_build} unless declined.
 */
record BomRow(
        long part, @JsonProperty("sub_part") long subPart, String reference,
        @JsonProperty("raw_amount") String rawAmount, double quantity, @JsonProperty("piece_count") int pieceCount,
        @JsonProperty("allow_variants") boolean allowVariants, boolean inherited, boolean optional,
        boolean consumable, @JsonProperty("setup_quantity") double setupQuantity, double attrition,
        @JsonProperty("rounding_multiple") Double roundingMultiple, String note, long pk,
        @JsonUnwrapped @JsonInclude(JsonInclude.Include.NON_NULL) Pricing pricing,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<SubstituteRow> substitutes, boolean validated,
        @JsonProperty("available_stock") double availableStock,
        @JsonProperty("available_substitute_stock") double availableSubstituteStock,
        @JsonProperty("available_variant_stock") double availableVariantStock,
        @JsonProperty("external_stock") double externalStock, @JsonProperty("on_order") double onOrder,
        double building, @JsonProperty("can_build") @JsonInclude(JsonInclude.Include.NON_NULL) Double canBuild,
        @JsonProperty("part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) PartBriefRow partDetail,
        @JsonProperty("sub_part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) PartBriefRow subPartDetail,
        @JsonProperty("category_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CategoryRow categoryDetail) {

    /** The component's price range, and times the quantity: null until pricing exists. */
    record Pricing(@JsonProperty("pricing_min") String pricingMin, @JsonProperty("pricing_max") String pricingMax,
            @JsonProperty("pricing_min_total") String pricingMinTotal,
            @JsonProperty("pricing_max_total") String pricingMaxTotal,
            @JsonProperty("pricing_updated") String pricingUpdated) {

        static final Pricing UNKNOWN = new Pricing(null, null, null, null, null);
    }
}
