package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.RoundingMode;
import java.time.OffsetDateTime;

/** A supplier price break as the API shows it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PriceBreakRow(long pk, long part, double quantity, String price,
        @JsonProperty("price_currency") String priceCurrency, long supplier, OffsetDateTime updated,
        @JsonProperty("supplier_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CompanyRow.Brief supplierDetail,
        @JsonProperty("part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) SupplierPartRow partDetail) {

    static PriceBreakRow of(SupplierPriceBreak priceBreak, CompanyRow.Brief supplierDetail, SupplierPartRow partDetail) {
        return new PriceBreakRow(priceBreak.getId(), priceBreak.partId(), priceBreak.getQuantity().doubleValue(),
                priceBreak.getPrice() == null ? null
                        : priceBreak.getPrice().setScale(6, RoundingMode.HALF_UP).toPlainString(),
                priceBreak.getPriceCurrency(), priceBreak.getPart().supplierId(), priceBreak.getUpdated(),
                supplierDetail, partDetail);
    }
}
