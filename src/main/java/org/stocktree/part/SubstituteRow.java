package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A substitute of a BOM line as the API shows it, with its part in brief. */
record SubstituteRow(long pk, @JsonProperty("bom_item") long bomItem, long part,
        @JsonProperty("part_detail") PartBriefRow partDetail) {
}
