package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Global settings fixed by configuration: a JSON object, whose mistakes are left out rather than fatal. */
class SettingOverridesTest {

    private final SettingsCatalogue catalogue = SettingsCatalogue.instance();

    @Test
    void valuesAreCheckedAndStoredAsTheSettingStoresThem() {
        assertThat(SettingOverrides.parse("{\"inventree_instance\": \"Stores\", \"STOCK_OWNERSHIP_CONTROL\": true,"
                        + " \"LABEL_DPI\": 600}", catalogue, TestContext.defaults()))
                .containsExactly(java.util.Map.entry("INVENTREE_INSTANCE", "Stores"),
                        java.util.Map.entry("STOCK_OWNERSHIP_CONTROL", "True"),
                        java.util.Map.entry("LABEL_DPI", "600"));
    }

    @Test
    void unknownKeysAndRefusedValuesAreLeftOut() {
        assertThat(SettingOverrides.parse("{\"NO_SUCH_SETTING\": 1, \"LABEL_DPI\": 20, \"PART_COMPONENT\": \"maybe\","
                + " \"PART_SALABLE\": null, \"PART_TRACKABLE\": \"yes\"}", catalogue, TestContext.defaults()))
                .containsExactly(java.util.Map.entry("PART_TRACKABLE", "True"));
    }

    @Test
    void configurationThatIsNotAJsonObjectFixesNothing() {
        assertThat(SettingOverrides.parse("", catalogue, TestContext.defaults())).isEmpty();
        assertThat(SettingOverrides.parse("INVENTREE_INSTANCE=Stores", catalogue, TestContext.defaults())).isEmpty();
        assertThat(SettingOverrides.parse("[\"INVENTREE_INSTANCE\"]", catalogue, TestContext.defaults())).isEmpty();
    }
}
