package org.stocktree.stock;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A stock location as the API shows it, with InvenTree's field names. */
record LocationRow(
        long pk, @JsonProperty("barcode_hash") String barcodeHash, String name, int level, String description,
        Long parent, String pathstring, @JsonInclude(JsonInclude.Include.NON_NULL) List<PathStep> path,
        long items, long sublocations, Long owner, String icon, @JsonProperty("custom_icon") String customIcon,
        boolean structural, boolean external, @JsonProperty("location_type") Long locationType,
        @JsonProperty("location_type_detail") LocationTypeRow locationTypeDetail, List<String> tags) {

    /** One location on the way from the root, as {@code path} and an item's {@code location_path} list them. */
    record PathStep(long pk, String name, String icon) {
    }
}
