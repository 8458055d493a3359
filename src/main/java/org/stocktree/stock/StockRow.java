package org.stocktree.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.stocktree.company.SupplierPartRow;

/** A stock item as the API shows it, with InvenTree's field names. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record StockRow(
        long pk, long part, double quantity, String serial, String batch, Long location,
        @JsonProperty("belongs_to") Long belongsTo, Long build, @JsonProperty("consumed_by") Long consumedBy,
        Long customer, @JsonProperty("delete_on_deplete") boolean deleteOnDeplete,
        @JsonProperty("expiry_date") LocalDate expiryDate, @JsonProperty("in_stock") boolean inStock,
        @JsonProperty("is_building") boolean building, String link, String notes, Long owner, String packaging,
        Long parent, @JsonProperty("purchase_order") Long purchaseOrder,
        @JsonProperty("purchase_order_reference") String purchaseOrderReference,
        @JsonProperty("sales_order") Long salesOrder, @JsonProperty("sales_order_reference") String salesOrderReference,
        int status, @JsonProperty("status_text") String statusText,
        @JsonProperty("status_custom_key") Integer statusCustomKey,
        @JsonProperty("supplier_part") Long supplierPart, @JsonProperty("SKU") String sku, @JsonProperty("MPN") String mpn,
        @JsonProperty("barcode_hash") String barcodeHash, @JsonProperty("creation_date") OffsetDateTime creationDate,
        @JsonProperty("stocktake_date") LocalDate stocktakeDate, OffsetDateTime updated,
        @JsonProperty("purchase_price") String purchasePrice,
        @JsonProperty("purchase_price_currency") String purchasePriceCurrency,
        double allocated, Boolean expired, @JsonProperty("installed_items") long installedItems,
        @JsonProperty("child_items") long childItems, Boolean stale,
        @JsonProperty("tracking_items") long trackingItems,
        @JsonProperty("location_detail") @JsonInclude(JsonInclude.Include.NON_NULL) LocationBrief locationDetail,
        @JsonProperty("location_path") @JsonInclude(JsonInclude.Include.NON_NULL) List<LocationRow.PathStep> locationPath,
        @JsonProperty("part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) PartBrief partDetail,
        @JsonProperty("supplier_part_detail") @JsonInclude(JsonInclude.Include.NON_NULL)
        SupplierPartRow supplierPartDetail,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TestResultRows.Row> tests,
        List<String> tags) {

    /** A location as an item's {@code location_detail} shows it. */
    record LocationBrief(long pk, String name, String pathstring) {
    }

    /** A part as an item's {@code part_detail} shows it. */
    record PartBrief(long pk, @JsonProperty("IPN") String ipn, @JsonProperty("barcode_hash") String barcodeHash,
            @JsonProperty("default_location") Long defaultLocation, @JsonProperty("default_expiry") long defaultExpiry,
            String name, String revision, @JsonProperty("full_name") String fullName, String description,
            String image, String thumbnail, boolean active, boolean locked, boolean assembly, boolean component,
            @JsonProperty("is_template") boolean template, boolean purchaseable, boolean salable, boolean testable,
            boolean trackable, boolean virtual, boolean consumable, String units) {
    }
}
