package org.stocktree.common.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading typed values against an expected unit, with the cases InvenTree's own tests use. */
class ConversionTest {

    private final UnitRegistry units = UnitRegistry.builtIn();

    private double convert(String value, String unit) {
        return Conversion.convert(units, value, unit);
    }

    @Test
    void prefixesAndBareNumbersAreReadInTheExpectedUnit() {
        Map<String, Double> meters = Map.of("3", 3.0, "3m", 3.0, "3mm", 0.003, "3k", 3000.0, "3u", 0.000003,
                "3 inch", 0.0762, "10 mm", 0.01, "1/4 inch", 0.00635);
        meters.forEach((value, expected) -> assertThat(convert(value, "m")).as(value).isCloseTo(expected, within(1e-9)));
    }

    @Test
    void engineeringNotationPutsThePrefixWhereTheDecimalPointIs() {
        assertThat(Conversion.fromEngineeringNotation("3")).isEqualTo("3");
        assertThat(Conversion.fromEngineeringNotation("3k3")).isEqualTo("3.3k");
        assertThat(Conversion.fromEngineeringNotation("123R45")).isEqualTo("123.45R");
        assertThat(Conversion.fromEngineeringNotation("10n5F")).isEqualTo("10.5nF");
        assertThat(convert("33k3ohm", "ohm")).isCloseTo(33300, within(1e-6));
        assertThat(convert("123kohm45", "ohm")).isCloseTo(123450, within(1e-6));
        assertThat(convert("10n005", "ohm")).isCloseTo(0.000000010005, within(1e-15));
        assertThat(convert("4k7", "ohm")).isCloseTo(4700, within(1e-9));
    }

    @Test
    void scientificNotation() {
        assertThat(convert("3E2", null)).isEqualTo(300);
        assertThat(convert("-12.3E-3", null)).isCloseTo(-0.0123, within(1e-12));
        assertThat(convert("1.23E-3", "")).isCloseTo(0.00123, within(1e-12));
        assertThat(convert("99E9", null)).isCloseTo(99e9, within(1.0));
    }

    @Test
    void temperaturesConvertWithTheirZeroPoints() {
        assertThat(convert("3.3°F", "°C")).isCloseTo(-15.944, within(1e-3));
        assertThat(convert("273°K", "°F")).isCloseTo(31.73, within(1e-3));
        assertThat(convert("900", "°C")).isCloseTo(900, within(1e-9));
        assertThat(convert("900°F", "degF")).isCloseTo(900, within(1e-9));
        assertThat(convert("900°K", "°C")).isCloseTo(626.85, within(1e-9));
        assertThat(convert("800", "kelvin")).isCloseTo(800, within(1e-9));
        assertThat(convert("-100°C", "fahrenheit")).isCloseTo(-148, within(1e-9));
        assertThat(convert("-100 °C", "Fahrenheit")).isCloseTo(-148, within(1e-9));
        assertThat(convert("-100 Celsius", "fahrenheit")).isCloseTo(-148, within(1e-9));
        assertThat(convert("-123.45 fahrenheit", "kelvin")).isCloseTo(186.7888, within(1e-3));
        assertThat(convert("-99Fahrenheit", "Celsius")).isCloseTo(-72.7777, within(1e-3));
        assertThat(convert("20 degC", null)).as("base units are kelvin").isCloseTo(293.15, within(1e-9));
    }

    @Test
    void countsAndFractionsScaleTheExpectedUnit() {
        Map<String, Double> watts = Map.of("3", 3.0, "3 dozen", 36.0, "50 dozen kW", 600000.0, "1 / 10", 0.1,
                "1/2 kW", 500.0, "1/2 dozen kW", 6000.0, "0.005 MW", 5000.0);
        watts.forEach((value, expected) -> assertThat(convert(value, "W")).as(value).isCloseTo(expected, within(1e-6)));
    }

    @Test
    void feetAndInchMarks() {
        assertThat(convert("1 inch", "mm")).isCloseTo(25.4, within(1e-9));
        assertThat(convert("1 \"", "mm")).isCloseTo(25.4, within(1e-9));
        assertThat(convert("2 \"", "inches")).isCloseTo(2, within(1e-9));
        assertThat(convert("3 feet", "inches")).isCloseTo(36, within(1e-9));
        assertThat(convert("3'", "inches")).isCloseTo(36, within(1e-9));
        assertThat(convert("7 '", "feet")).isCloseTo(7, within(1e-9));
    }

    @Test
    void dimensionlessQuantities() {
        Map<String, Double> counts = Map.ofEntries(Map.entry("ea", 1.0), Map.entry("each", 1.0),
                Map.entry("3 piece", 3.0), Map.entry("5 dozen", 60.0), Map.entry("3 hundred", 300.0),
                Map.entry("2 thousand", 2000.0), Map.entry("12 pieces", 12.0), Map.entry("1 / 10", 0.1),
                Map.entry("1/2", 0.5), Map.entry("-1 / 16", -0.0625), Map.entry("3/2", 1.5), Map.entry("1/2 dozen", 6.0),
                Map.entry("15 %", 0.15));
        counts.forEach((value, expected) -> assertThat(convert(value, null)).as(value).isCloseTo(expected, within(1e-9)));
    }

    @Test
    void massIsMeasuredInKilogramsInBaseUnits() {
        assertThat(convert("2.5 g", null)).isCloseTo(0.0025, within(1e-12));
        assertThat(convert("2.5 kg", null)).isCloseTo(2.5, within(1e-12));
        assertThat(convert("1 lb", "g")).isCloseTo(453.59237, within(1e-9));
        assertThat(convert("1 N", null)).isCloseTo(1, within(1e-12));
    }

    @Test
    void badUnitsAreRefused() {
        Map<String, String> cases = Map.of("3", "10", "13", "-?-", "-3", "xyz", "-12", "-12", "1/0", "1/0");
        cases.forEach((value, unit) -> assertThatThrownBy(() -> convert(value, unit)).as(unit)
                .isInstanceOf(UnitError.class).hasMessage("Invalid unit provided: (" + unit + ")"));
    }

    @Test
    void badValuesAreRefused() {
        for (String value : new String[] {"-x", "1/0", "xyz", "12B45C", "3 meters per", "((1)", "1 ** m", "m!"}) {
            assertThatThrownBy(() -> convert(value, "meter")).as(value).isInstanceOf(UnitError.class)
                    .hasMessage("Could not convert " + value + " to meter");
            assertThatThrownBy(() -> convert(value, null)).as(value).isInstanceOf(UnitError.class)
                    .hasMessage("Invalid quantity provided");
        }
        assertThatThrownBy(() -> convert("  ", "m")).hasMessage("No value provided");
        assertThatThrownBy(() -> convert(null, null)).hasMessage("No value provided");
    }

    @Test
    void incompatibleUnitsAreRefused() {
        assertThatThrownBy(() -> convert("3 kg", "m")).isInstanceOf(UnitError.class)
                .hasMessage("Could not convert 3 kg to m");
        assertThatThrownBy(() -> convert("20 degC", "s")).isInstanceOf(UnitError.class);
    }

    @Test
    void customUnitsConvertLikeBuiltInOnes() {
        UnitRegistry custom = units.withCustomUnit("fanciful_unit", "henry / mm", "hpmm");
        Map<String, Double> cases = Map.of("1", 1.0, "1 hpmm", 1000000.0, "1 / 10 hpmm", 100000.0,
                "1 / 100 hpmm", 10000.0, "0.3 hpmm", 300000.0, "-7hpmm", -7000000.0, "2 fanciful_units", 2000000.0);
        cases.forEach((value, expected) -> assertThat(Conversion.convert(custom, value, "henry / km")).as(value)
                .isCloseTo(expected, within(1e-3)));
        assertThatThrownBy(() -> Conversion.convert(units, "1 hpmm", "henry / km"))
                .as("the built-in registry is not changed").isInstanceOf(UnitError.class);
    }
}
