package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds every setting of InvenTree's settings list ({@code inventree_settings.json}
 * beside the API schema), with InvenTree's name, description, default and units, and the types,
 * choices and limits InvenTree's setting definitions give them.
 */
class SettingsCatalogueTest {

    /** Defaults Stocktree chooses differently, and why. */
    private static final Map<String, String> OWN_DEFAULTS = Map.of(
            "INVENTREE_INSTANCE", "Stocktree", // the server calls itself by its product until named
            "INVENTREE_INSTANCE_ID", "", // drawn at random on the first start, as InvenTree does
            "INVENTREE_BASE_URL", ""); // the configured site address (stocktree.site-url) at run time

    /**
     * Global settings Stocktree keeps that API 534 no longer has: older InvenTree versions let
     * uploads of test results name unknown tests, which then created their template.
     */
    private static final Set<String> KEPT_FROM_OLDER_VERSIONS = Set.of("TEST_UPLOAD_CREATE_TEMPLATE");

    private final SettingsCatalogue catalogue = SettingsCatalogue.instance();

    @Test
    void coversEveryInvenTreeSettingWithItsNameDescriptionDefaultAndUnits() throws IOException {
        JsonNode invenTree = invenTreeSettings();
        for (String section : List.of("global", "user")) {
            Map<String, SettingDefinition> ours = section.equals("global") ? catalogue.global() : catalogue.user();
            Set<String> theirs = keys(invenTree.get(section));
            Set<String> expectedKeys = new HashSet<>(theirs);
            if (section.equals("global")) {
                expectedKeys.addAll(KEPT_FROM_OLDER_VERSIONS);
            }
            assertThat(ours.keySet()).as(section + " keys").containsExactlyInAnyOrderElementsOf(expectedKeys);
            List<String> mismatches = new ArrayList<>();
            for (String key : theirs) {
                JsonNode expected = invenTree.get(section).get(key);
                SettingDefinition definition = ours.get(key);
                String expectedDefault = OWN_DEFAULTS.getOrDefault(key, expected.get("default").asText());
                if (!definition.name().equals(expected.get("name").asText())
                        || !definition.description().equals(expected.get("description").asText())
                        || !definition.units().equals(expected.get("units").asText())
                        || !definition.defaultText().equals(expectedDefault)) {
                    mismatches.add(section + " " + key);
                }
            }
            assertThat(mismatches).isEmpty();
        }
        assertThat(catalogue.global()).hasSize(160 + KEPT_FROM_OLDER_VERSIONS.size());
        assertThat(catalogue.user()).hasSize(43);
    }

    @Test
    void settingsWithBooleanDefaultsAreBooleansAndIntegersHaveWholeNumberDefaults() {
        for (SettingDefinition definition : all()) {
            boolean booleanDefault = definition.defaultText().equals("True") || definition.defaultText().equals("False");
            assertThat(definition.type() == SettingType.BOOLEAN).as(definition.key()).isEqualTo(booleanDefault);
            if (definition.type() == SettingType.INTEGER) {
                assertThat(definition.defaultText()).as(definition.key()).matches("-?[0-9]+");
            }
        }
    }

    @Test
    void theSettingsInvenTreeOffersChoicesForHaveThem() {
        TestContext context = new TestContext(List.of(new Choice("1", "Viewers")));
        Map<String, List<String>> expected = Map.of(
                "INVENTREE_DEFAULT_CURRENCY", List.of("AUD", "CAD", "CNY", "EUR", "GBP", "JPY", "NZD", "USD"),
                "CURRENCY_UPDATE_PLUGIN", List.of("inventreecurrencyexchange"),
                "BARCODE_GENERATION_PLUGIN", List.of("inventreebarcode"),
                "REPORT_DEFAULT_PAGE_SIZE", List.of("A4", "A3", "Legal", "Letter"),
                "SIGNUP_GROUP", List.of("", "1"),
                "WEEK_STARTS_ON", List.of("0", "1", "2", "3", "4", "5", "6"));
        expected.forEach((key, values) -> {
            SettingDefinition definition = catalogue.global().get(key);
            assertThat(definition.type()).as(key).isEqualTo(SettingType.CHOICE);
            assertThat(definition.choices(context)).as(key).extracting(Choice::value).containsExactlyElementsOf(values);
        });
        assertThat(catalogue.user().get("DATE_DISPLAY_FORMAT").choices(context)).extracting(Choice::value)
                .containsExactly("YYYY-MM-DD", "YYYY/MM/DD", "DD-MM-YYYY", "DD/MM/YYYY", "MM-DD-YYYY", "MM/DD/YYYY",
                        "MMM DD YYYY");
        assertThat(catalogue.user().get("LABEL_DEFAULT_PRINTER").choices(context)).extracting(Choice::value)
                .contains("inventreelabel");
        long choiceSettings = all().stream().filter(definition -> definition.type() == SettingType.CHOICE).count();
        assertThat(choiceSettings).isEqualTo(8);
        assertThat(all()).filteredOn(definition -> definition.type() != SettingType.CHOICE)
                .allSatisfy(definition -> assertThat(definition.choices(context)).as(definition.key()).isEmpty());
    }

    @Test
    void integerSettingsHaveInvenTreesLimits() {
        Map<String, Long> minimums = Map.ofEntries(
                Map.entry("CURRENCY_UPDATE_INTERVAL", 0L), Map.entry("INVENTREE_UPDATE_CHECK_INTERVAL", 0L),
                Map.entry("INVENTREE_BACKUP_DAYS", 1L), Map.entry("INVENTREE_DELETE_TASKS_DAYS", 7L),
                Map.entry("INVENTREE_DELETE_ERRORS_DAYS", 7L), Map.entry("INVENTREE_DELETE_NOTIFICATIONS_DAYS", 7L),
                Map.entry("INVENTREE_DELETE_EMAIL_DAYS", 7L), Map.entry("BARCODE_RESULTS_MAX_NUM", 1L),
                Map.entry("BARCODE_INPUT_DELAY", 1L), Map.entry("PRICING_DECIMAL_PLACES_MIN", 0L),
                Map.entry("PRICING_DECIMAL_PLACES", 2L), Map.entry("PRICING_STOCK_ITEM_AGE_DAYS", 0L),
                Map.entry("PRICING_UPDATE_DAYS", 0L), Map.entry("LABEL_DPI", 100L),
                Map.entry("STOCKTAKE_AUTO_DAYS", 1L), Map.entry("STOCKTAKE_DELETE_DAYS", 30L));
        minimums.forEach((key, min) -> {
            SettingDefinition definition = catalogue.global().get(key);
            assertThat(definition.type()).as(key).isEqualTo(SettingType.INTEGER);
            assertThat(definition.min()).as(key).isEqualTo(min);
        });
        assertThat(catalogue.global().get("PRICING_DECIMAL_PLACES_MIN").max()).isEqualTo(4L);
        assertThat(catalogue.global().get("PRICING_DECIMAL_PLACES").max()).isEqualTo(6L);
        assertThat(catalogue.user().get("SEARCH_PREVIEW_RESULTS").min()).isEqualTo(1L);
        assertThat(catalogue.global().get("STOCK_STALE_DAYS").type()).isEqualTo(SettingType.INTEGER);
        assertThat(catalogue.global().get("STOCK_STALE_DAYS").min()).isNull();
    }

    @Test
    void everyDefaultPassesItsOwnRules() {
        TestContext context = TestContext.defaults();
        for (SettingDefinition definition : all()) {
            assertThat(definition.accept(definition.defaultText(), context)).as(definition.key())
                    .isEqualTo(definition.defaultText());
        }
    }

    @Test
    void restartAndConfirmationAreAskedWhereTheyMatter() {
        assertThat(all()).filteredOn(SettingDefinition::requiresRestart).extracting(SettingDefinition::key)
                .containsExactly("PLUGIN_ON_STARTUP");
        assertThat(all()).filteredOn(SettingDefinition::confirm).extracting(SettingDefinition::key)
                .containsExactlyInAnyOrder("LOGIN_ENFORCE_MFA", "SSO_REMOVE_GROUPS");
        assertThat(all()).filteredOn(SettingDefinition::confirm)
                .allSatisfy(definition -> assertThat(definition.confirmText()).isNotBlank());
        assertThat(all()).noneMatch(SettingDefinition::secret).noneMatch(SettingDefinition::required);
    }

    @Test
    void settingsNeverWrittenHaveDistinctNegativeIds() {
        Set<Long> globalIds = new HashSet<>();
        catalogue.global().values().forEach(definition -> globalIds.add(catalogue.unwrittenPk(definition)));
        assertThat(globalIds).hasSize(catalogue.global().size()).allMatch(id -> id < 0);
        Set<Long> userIds = new HashSet<>();
        catalogue.user().values().forEach(definition -> userIds.add(catalogue.unwrittenPk(definition)));
        assertThat(userIds).hasSize(catalogue.user().size()).allMatch(id -> id < 0);
    }

    @Test
    void keysAreFoundInAnyLetterCase() {
        assertThat(catalogue.globalSetting("part_component")).map(SettingDefinition::key).contains("PART_COMPONENT");
        assertThat(catalogue.userSetting("Search_Regex")).map(SettingDefinition::key).contains("SEARCH_REGEX");
        assertThat(catalogue.globalSetting("SEARCH_REGEX")).isEmpty();
        assertThat(catalogue.globalSetting(null)).isEmpty();
    }

    private List<SettingDefinition> all() {
        List<SettingDefinition> all = new ArrayList<>(catalogue.global().values());
        all.addAll(catalogue.user().values());
        return all;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new LinkedHashSet<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            keys.add(names.next());
        }
        return keys;
    }

    private static JsonNode invenTreeSettings() throws IOException {
        Path schema = Path.of(System.getProperty("stocktree.api.schema", "../shared/inventree-api/api.yaml"));
        return new ObjectMapper().readTree(schema.resolveSibling("inventree_settings.json").toFile());
    }
}
