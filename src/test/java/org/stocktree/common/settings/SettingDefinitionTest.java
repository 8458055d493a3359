package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stocktree.common.settings.Refusals.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values are checked by the setting's type and rules, and stored as text the way InvenTree stores them. */
class SettingDefinitionTest {

    private final SettingsCatalogue catalogue = SettingsCatalogue.instance();
    private final TestContext context = TestContext.defaults();

    @Test
    void booleansAcceptInvenTreesSpellingsAndAreStoredAsTrueOrFalse() {
        SettingDefinition component = catalogue.global().get("PART_COMPONENT");
        assertThat(component.accept("true", context)).isEqualTo("True");
        assertThat(component.accept(" Yes ", context)).isEqualTo("True");
        assertThat(component.accept("1", context)).isEqualTo("True");
        assertThat(component.accept("off", context)).isEqualTo("False");
        assertThat(component.accept("False", context)).isEqualTo("False");
        assertRefused(() -> component.accept("maybe", context), "Must be a valid boolean.");
        assertRefused(() -> component.accept("", context), "Must be a valid boolean.");
    }

    @Test
    void integersRespectTheirLimits() {
        SettingDefinition taskDays = catalogue.global().get("INVENTREE_DELETE_TASKS_DAYS");
        assertThat(taskDays.accept(" +30 ", context)).isEqualTo("30");
        assertThat(taskDays.accept("7", context)).isEqualTo("7");
        assertRefused(() -> taskDays.accept("6", context), "Ensure this value is greater than or equal to 7.");
        assertRefused(() -> taskDays.accept("thirty", context), "A valid integer is required.");
        assertRefused(() -> taskDays.accept("7.5", context), "A valid integer is required.");
        assertRefused(() -> taskDays.accept("99999999999999999999", context), "A valid integer is required.");

        SettingDefinition decimals = catalogue.global().get("PRICING_DECIMAL_PLACES");
        assertRefused(() -> decimals.accept("7", context), "Ensure this value is less than or equal to 6.");
        assertThat(catalogue.global().get("STOCK_STALE_DAYS").accept("-3", context)).isEqualTo("-3");
    }

    @Test
    void choiceSettingsRefuseValuesOutsideTheirChoices() {
        SettingDefinition pageSize = catalogue.global().get("REPORT_DEFAULT_PAGE_SIZE");
        assertThat(pageSize.accept("Letter", context)).isEqualTo("Letter");
        assertRefused(() -> pageSize.accept("A5", context), "\"A5\" is not a valid choice.");
        assertRefused(() -> pageSize.accept("a4", context), "\"a4\" is not a valid choice.");

        SettingDefinition dateFormat = catalogue.user().get("DATE_DISPLAY_FORMAT");
        assertRefused(() -> dateFormat.accept("", context), "\"\" is not a valid choice.");

        SettingDefinition printer = catalogue.user().get("LABEL_DEFAULT_PRINTER");
        assertThat(printer.accept("", context)).as("no printer chosen, the default").isEmpty();
        assertThat(printer.accept("inventreelabel", context)).isEqualTo("inventreelabel");
        assertRefused(() -> printer.accept("laser", context), "\"laser\" is not a valid choice.");
    }

    @Test
    void theDefaultCurrencyIsOneOfTheSupportedCurrencies() {
        SettingDefinition currency = catalogue.global().get("INVENTREE_DEFAULT_CURRENCY");
        TestContext swiss = TestContext.defaults().with("CURRENCY_CODES", "EUR, CHF");
        assertThat(currency.choices(swiss)).containsExactly(new Choice("EUR", "Euro"), new Choice("CHF", "Swiss Franc"));
        assertThat(currency.accept("CHF", swiss)).isEqualTo("CHF");
        assertRefused(() -> currency.accept("USD", swiss), "\"USD\" is not a valid choice.");
        assertThat(currency.accept("USD", context)).isEqualTo("USD");
    }

    @Test
    void theSignUpGroupIsNoGroupOrAnExistingGroup() {
        SettingDefinition signUp = catalogue.global().get("SIGNUP_GROUP");
        TestContext groups = new TestContext(List.of(new Choice("3", "Engineers")));
        assertThat(signUp.choices(groups)).containsExactly(new Choice("", "No group"), new Choice("3", "Engineers"));
        assertThat(signUp.accept("3", groups)).isEqualTo("3");
        assertThat(signUp.accept("", groups)).isEmpty();
        assertRefused(() -> signUp.accept("4", groups), "\"4\" is not a valid choice.");
    }

    @Test
    void valuesAreNeitherNullNorLongerThanTheColumn() {
        SettingDefinition company = catalogue.global().get("INVENTREE_COMPANY_NAME");
        assertRefused(() -> company.accept(null, context), "This field may not be null.");
        assertRefused(() -> company.accept("x".repeat(2001), context),
                "Ensure this field has no more than 2000 characters.");
        assertThat(company.accept("x".repeat(2000), context)).hasSize(2000);
        assertThat(company.accept("", context)).isEmpty();
    }

    @Test
    void furtherRulesApplyAfterTheType() {
        SettingDefinition pattern = catalogue.global().get("SALESORDER_REFERENCE_PATTERN");
        assertThat(pattern.accept("SO-{ref:05d}", context)).isEqualTo("SO-{ref:05d}");
        assertRefused(() -> pattern.accept("SO-", context), "A reference pattern must contain the field {ref}.");

        SettingDefinition fewest = catalogue.global().get("PRICING_DECIMAL_PLACES_MIN");
        TestContext threeAtMost = TestContext.defaults().with("PRICING_DECIMAL_PLACES", "3");
        assertThat(fewest.accept("3", threeAtMost)).isEqualTo("3");
        assertRefused(() -> fewest.accept("4", threeAtMost),
                "The minimum number of decimal places cannot exceed the maximum (3).");
    }

    @Test
    void requiredSettingsRefuseBlankValues() {
        SettingDefinition required = synthetic(SettingType.STRING, true, false);
        assertRefused(() -> required.accept("  ", context), "This field may not be blank.");
        assertThat(required.accept("set", context)).isEqualTo("set");
    }

    @Test
    void secretValuesAreShownAsStarsOnceSet() {
        SettingDefinition secret = synthetic(SettingType.STRING, false, true);
        assertThat(secret.shown("hunter2")).isEqualTo("***");
        assertThat(secret.shown("")).isEmpty();
        assertThat(catalogue.global().get("INVENTREE_COMPANY_NAME").shown("ACME")).isEqualTo("ACME");
        assertThat(secret.keepsSecret("***")).as("the stars a client was shown").isTrue();
        assertThat(secret.keepsSecret("hunter3")).isFalse();
        assertThat(catalogue.global().get("INVENTREE_COMPANY_NAME").keepsSecret("***")).isFalse();
    }

    @Test
    void relatedSettingsHoldTheIdOfAnObject() {
        SettingDefinition related = synthetic(SettingType.RELATED, false, false);
        assertThat(related.accept(" 12 ", context)).isEqualTo("12");
        assertThat(related.accept("", context)).isEmpty();
        assertRefused(() -> related.accept("twelve", context), "Incorrect type. Expected pk value, received str.");
    }

    @Test
    void storedTextThatIsNotOfTheTypeReadsAsTheDefault() {
        SettingDefinition component = catalogue.global().get("PART_COMPONENT");
        assertThat(component.asBoolean("False")).isFalse();
        assertThat(component.asBoolean("garbage")).isTrue();
        SettingDefinition delay = catalogue.global().get("BARCODE_INPUT_DELAY");
        assertThat(delay.asInteger("75")).isEqualTo(75L);
        assertThat(delay.asInteger("soon")).isEqualTo(50L);
    }

    @Test
    void importedValuesAreNormalisedWhenValidAndKeptOtherwise() {
        SettingDefinition component = catalogue.global().get("PART_COMPONENT");
        assertThat(component.imported("true", context)).isEqualTo("True");
        assertThat(component.imported("perhaps", context)).isEqualTo("perhaps");
        assertThat(component.imported(null, context)).isEmpty();
        SettingDefinition company = catalogue.global().get("INVENTREE_COMPANY_NAME");
        assertThat(company.imported("ACME Pty Ltd", context)).isEqualTo("ACME Pty Ltd");
        assertThat(company.imported("x".repeat(2500), context)).hasSize(2000);
    }

    private static SettingDefinition synthetic(SettingType type, boolean required, boolean secret) {
        return new SettingDefinition("TEST_SETTING", "Test", "A setting for tests", "", "", type, List.of(), null,
                null, null, null, type == SettingType.RELATED ? "auth.group" : null,
                type == SettingType.RELATED ? "/api/user/group/" : null, required, secret, false, "", false);
    }
}
