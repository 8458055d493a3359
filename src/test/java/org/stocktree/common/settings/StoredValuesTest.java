package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.JsonMapping;

/** Stored settings travel through Redis as JSON and come back whole. */
class StoredValuesTest {

    @Test
    void survivesTheTripThroughTheSharedCache() throws Exception {
        StoredValues stored = new StoredValues(Map.of("INVENTREE_INSTANCE", new StoredValues.Row(51, "Stores"),
                "PART_COMPONENT", new StoredValues.Row(101, "False")));
        String json = JsonMapping.mapper().writeValueAsString(stored);
        StoredValues back = JsonMapping.mapper().readValue(json, StoredValues.class);
        assertThat(back).isEqualTo(stored);
        assertThat(back.row("PART_COMPONENT").text()).isEqualTo("False");
        assertThat(back.row("PART_SALABLE")).isNull();
    }
}
