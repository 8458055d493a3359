package org.stocktree.stock;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A location type as the API shows it. */
record LocationTypeRow(long pk, String name, String description, String icon,
        @JsonProperty("location_count") long locationCount) {

    static LocationTypeRow of(StockLocationType type) {
        return new LocationTypeRow(type.getId(), type.getName(), type.getDescription(), type.getIcon(),
                type.getLocationCount());
    }
}
