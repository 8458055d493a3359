package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A manufacturer part as the API shows it; details only when asked for. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ManufacturerPartRow(long pk, long part,
        @JsonProperty("part_detail") @JsonInclude(JsonInclude.Include.NON_NULL) PartBrief partDetail,
        @JsonProperty("pretty_name") String prettyName, long manufacturer,
        @JsonProperty("manufacturer_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CompanyRow.Brief manufacturerDetail,
        String description, @JsonProperty("MPN") String mpn, String link,
        @JsonProperty("barcode_hash") String barcodeHash, String notes, List<String> tags) {

    static ManufacturerPartRow of(ManufacturerPart part, boolean partDetail, boolean manufacturerDetail, boolean pretty,
            List<String> tags) {
        return new ManufacturerPartRow(part.getId(), part.partId(),
                partDetail ? PartBrief.of(part.getPart()) : null,
                pretty ? part.getManufacturer().getName() + " | " + part.getMpn() : null, part.manufacturerId(),
                manufacturerDetail ? CompanyRow.Brief.of(part.getManufacturer()) : null, part.getDescription(),
                part.getMpn(), part.getLink(), part.getBarcodeHash(), part.getNotes(), tags);
    }
}
