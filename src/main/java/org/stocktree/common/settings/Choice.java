package org.stocktree.common.settings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One value a choice setting accepts, and how to show it. */
public record Choice(String value, @JsonProperty("display_name") String displayName) {
}
