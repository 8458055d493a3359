package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import org.stocktree.common.parameters.ParameterRows;

/**
 * A part as the API shows it, with InvenTree's field names. The stock and order quantities are 0
 * until stock, builds and orders exist; the price range is the overall range of the part's pricing.
 */
record PartRow(
        long pk, String name, @JsonProperty("IPN") String ipn, String revision,
        @JsonProperty("revision_of") Long revisionOf, @JsonProperty("revision_count") long revisionCount,
        String description, String keywords, Long category, @JsonProperty("category_name") String categoryName,
        @JsonProperty("category_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CategoryRow categoryDetail,
        @JsonProperty("category_path") @JsonInclude(JsonInclude.Include.NON_NULL) List<CategoryRow.PathStep> categoryPath,
        @JsonProperty("category_default_location") Long categoryDefaultLocation,
        String units, @JsonProperty("variant_of") Long variantOf, @JsonProperty("is_template") boolean template,
        boolean assembly, boolean component, boolean trackable, boolean testable, boolean purchaseable,
        boolean salable, boolean virtual, boolean consumable, boolean active, boolean locked,
        String link, String image, String thumbnail, String notes,
        @JsonProperty("barcode_hash") String barcodeHash, @JsonProperty("full_name") String fullName,
        @JsonProperty("creation_date") LocalDate creationDate, @JsonProperty("creation_user") Long creationUser,
        Long responsible, @JsonProperty("default_location") Long defaultLocation,
        @JsonProperty("default_expiry") long defaultExpiry,
        @JsonProperty("minimum_stock") double minimumStock, @JsonProperty("maximum_stock") double maximumStock,
        boolean starred, List<String> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ParameterRows.ParameterRow> parameters,
        @JsonUnwrapped Quantities quantities) {

    /** Where InvenTree shows a part without an image. */
    static final String BLANK_THUMBNAIL = "/static/img/blank_image.thumbnail.png";

    /** The computed quantities, flattened into the row. */
    record Quantities(
            @JsonProperty("in_stock") double inStock, @JsonProperty("total_in_stock") double totalInStock,
            @JsonProperty("unallocated_stock") double unallocatedStock,
            @JsonProperty("variant_stock") double variantStock, @JsonProperty("external_stock") double externalStock,
            double ordering, double building, @JsonProperty("scheduled_to_build") double scheduledToBuild,
            @JsonProperty("allocated_to_build_orders") double allocatedToBuildOrders,
            @JsonProperty("allocated_to_sales_orders") double allocatedToSalesOrders,
            @JsonProperty("required_for_build_orders") long requiredForBuildOrders,
            @JsonProperty("required_for_sales_orders") long requiredForSalesOrders,
            @JsonProperty("stock_item_count") long stockItemCount,
            @JsonProperty("pricing_min") String pricingMin, @JsonProperty("pricing_max") String pricingMax,
            @JsonProperty("pricing_updated") String pricingUpdated) {

        /** Nothing in stock, on order or allocated: true until stock and orders exist. */
        static final Quantities NONE = new Quantities(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, null);
    }
}
