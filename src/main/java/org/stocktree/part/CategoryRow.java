package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A part category as the API shows it, with InvenTree's field names. */
record CategoryRow(
        long pk, String name, String description, @JsonProperty("default_location") Long defaultLocation,
        @JsonProperty("default_keywords") String defaultKeywords, int level, Long parent,
        @JsonProperty("part_count") long partCount, long subcategories, String pathstring,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<PathStep> path, boolean starred, boolean structural,
        String icon, @JsonProperty("parent_default_location") Long parentDefaultLocation) {

    /** One category on the way from the root, as {@code path} and {@code category_path} list them. */
    record PathStep(long pk, String name, String icon) {
    }
}
