package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/** A supplier part as the API shows it; details and price breaks only when asked for. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SupplierPartRow(long pk, long part,
        @JsonProperty("part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) PartBrief partDetail,
        @JsonProperty("pretty_name") String prettyName, long supplier,
        @JsonProperty("supplier_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CompanyRow.Brief supplierDetail,
        @JsonProperty("manufacturer_part") Long manufacturerPart,
        @JsonProperty("manufacturer_part_detail") @JsonInclude(JsonInclude.Include.NON_NULL)
        ManufacturerPartRow manufacturerPartDetail,
        @JsonProperty("manufacturer_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CompanyRow.Brief manufacturerDetail,
        @JsonProperty("MPN") String mpn, @JsonProperty("SKU") String sku, String description, String link,
        String note, String packaging, @JsonProperty("pack_quantity") String packQuantity,
        @JsonProperty("pack_quantity_native") double packQuantityNative, boolean active, boolean primary,
        double available, @JsonProperty("availability_updated") OffsetDateTime availabilityUpdated,
        @JsonProperty("in_stock") double inStock, @JsonProperty("on_order") double onOrder,
        @JsonProperty("barcode_hash") String barcodeHash, OffsetDateTime updated, String notes,
        @JsonProperty("price_breaks") @JsonInclude(JsonInclude.Include.NON_NULL) List<PriceBreakRow> priceBreaks,
        List<String> tags) {
}
