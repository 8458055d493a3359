package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules some settings' values follow beyond their type. */
class ValueCheckTest {

    private final TestContext context = TestContext.defaults();

    @Test
    void urlsAreAbsoluteWebAddressesOrNothing() {
        assertThat(problem(ValueCheck.URL, "")).isEmpty();
        assertThat(problem(ValueCheck.URL, "https://stock.example.com")).isEmpty();
        assertThat(problem(ValueCheck.URL, "http://localhost:8080/")).isEmpty();
        assertThat(problem(ValueCheck.URL, "http://inventory")).as("no top-level domain").isEmpty();
        assertThat(problem(ValueCheck.URL, "stock.example.com")).contains("Enter a valid URL.");
        assertThat(problem(ValueCheck.URL, "mailto:admin@example.com")).contains("Enter a valid URL.");
        assertThat(problem(ValueCheck.URL, "http://exa mple.com")).contains("Enter a valid URL.");
    }

    @Test
    void jsonSettingsHoldJson() {
        assertThat(problem(ValueCheck.JSON, "{\"Admins\": [\"admin\"]}")).isEmpty();
        assertThat(problem(ValueCheck.JSON, "{}")).isEmpty();
        assertThat(problem(ValueCheck.JSON, "{Admins: admin}")).contains("Enter a valid JSON.");
        assertThat(problem(ValueCheck.JSON, "")).contains("Enter a valid JSON.");
    }

    @Test
    void currencyCodesAreKnownAndListedOnce() {
        assertThat(problem(ValueCheck.CURRENCY_CODES, "EUR,USD, chf")).isEmpty();
        assertThat(problem(ValueCheck.CURRENCY_CODES, "EUR,XYZ")).contains("Not an ISO 4217 currency code: XYZ");
        assertThat(problem(ValueCheck.CURRENCY_CODES, "EUR,eur")).contains("Currency code listed twice: EUR");
        assertThat(problem(ValueCheck.CURRENCY_CODES, " , ")).contains("List at least one currency code.");
    }

    @Test
    void referencePatternsNumberTheirReferences() {
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "PO-{ref:04d}")).isEmpty();
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "{date:%Y}-{ref}")).isEmpty();
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "{{PO}}-{ref}")).as("escaped braces").isEmpty();
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "PO-0001"))
                .contains("A reference pattern must contain the field {ref}.");
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "PO-{ref}-{user}"))
                .contains("A reference pattern may only use the fields {ref} and {date}.");
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "PO-{ref"))
                .contains("The pattern's braces do not match: write { and } as {{ and }}.");
        assertThat(problem(ValueCheck.REFERENCE_PATTERN, "PO}-{ref}"))
                .contains("The pattern's braces do not match: write { and } as {{ and }}.");
    }

    @Test
    void iconsAreTablerIconsOrNothing() {
        assertThat(problem(ValueCheck.ICON, "")).isEmpty();
        assertThat(problem(ValueCheck.ICON, "ti:package:outline")).isEmpty();
        assertThat(problem(ValueCheck.ICON, "ti:building-warehouse:filled")).isEmpty();
        assertThat(problem(ValueCheck.ICON, "fa-box")).isPresent();
        assertThat(problem(ValueCheck.ICON, "ti:package:bold")).isPresent();
    }

    @Test
    void partNameTemplatesShowFieldsOfThePart() {
        String invenTreeDefault = SettingsCatalogue.instance().global().get("PART_NAME_FORMAT").defaultText();
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, invenTreeDefault)).isEmpty();
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, "{{ part.name }} ({{ part.IPN }})")).isEmpty();
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, "plain text")).isEmpty();
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, "{{ name }}"))
                .contains("Each {{ }} expression must use a field of the part, such as part.name.");
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, "{{ part.colour }}"))
                .contains("Parts have no field named colour.");
        assertThat(problem(ValueCheck.PART_NAME_FORMAT, "{{ part.name"))
                .contains("Every {{ in the template must be closed by }}.");
    }

    @Test
    void signUpDomainsAreWrittenWithAnAtSign() {
        assertThat(problem(ValueCheck.EMAIL_DOMAINS, "")).isEmpty();
        assertThat(problem(ValueCheck.EMAIL_DOMAINS, "@example.com, @example.org")).isEmpty();
        assertThat(problem(ValueCheck.EMAIL_DOMAINS, "example.com")).contains("Write each domain as @example.com: example.com");
        assertThat(problem(ValueCheck.EMAIL_DOMAINS, "@example.com,,@example.org")).contains("An empty domain is not allowed.");
    }

    @Test
    void theFewestDecimalPlacesDoNotExceedTheMost() {
        TestContext places = TestContext.defaults().with("PRICING_DECIMAL_PLACES", "3").with("PRICING_DECIMAL_PLACES_MIN", "2");
        assertThat(ValueCheck.DECIMAL_PLACES_MIN.problem("3", places)).isEmpty();
        assertThat(ValueCheck.DECIMAL_PLACES_MIN.problem("4", places)).isPresent();
        assertThat(ValueCheck.DECIMAL_PLACES_MAX.problem("2", places)).isEmpty();
        assertThat(ValueCheck.DECIMAL_PLACES_MAX.problem("1", places))
                .contains("The maximum number of decimal places cannot be less than the minimum (2).");
    }

    private Optional<String> problem(ValueCheck check, String value) {
        return check.problem(value, context);
    }
}
