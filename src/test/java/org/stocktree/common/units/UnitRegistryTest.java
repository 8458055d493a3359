package org.stocktree.common.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The unit engine: names, prefixes, expressions, dimensions, and custom units. */
class UnitRegistryTest {

    private final UnitRegistry units = UnitRegistry.builtIn();

    private double base(String expression) {
        return units.parse(expression).baseMagnitude();
    }

    @Test
    void namesSymbolsAliasesPrefixesAndPlurals() {
        assertThat(base("1 m")).isEqualTo(1);
        assertThat(base("1 meter")).isEqualTo(1);
        assertThat(base("1 metre")).isEqualTo(1);
        assertThat(base("2 meters")).isEqualTo(2);
        assertThat(base("1 km")).isEqualTo(1000);
        assertThat(base("1 kilometer")).isEqualTo(1000);
        assertThat(base("3 kilometers")).isEqualTo(3000);
        assertThat(base("1 µm")).isCloseTo(1e-6, within(1e-18));
        assertThat(base("1 um")).isCloseTo(1e-6, within(1e-18));
        assertThat(base("1 ms")).as("a millisecond, not meters").isCloseTo(0.001, within(1e-15));
        assertThat(base("1 min")).as("a minute, not a milli-inch").isEqualTo(60);
        assertThat(base("1 dam")).isCloseTo(10, within(1e-12));
        assertThat(base("1 kg")).isEqualTo(1);
        assertThat(base("1 mg")).isCloseTo(1e-6, within(1e-18));
        assertThat(base("1 kohm")).isCloseTo(1000, within(1e-9));
        assertThat(base("1 kΩ")).isCloseTo(1000, within(1e-9));
        assertThat(base("4.7 uF")).isCloseTo(4.7e-6, within(1e-18));
        assertThat(base("1 KiB")).isCloseTo(8192, within(1e-9));
        assertThat(base("1 ft")).isCloseTo(0.3048, within(1e-12));
        assertThat(base("1 L")).isCloseTo(0.001, within(1e-15));
        assertThat(base("1 h")).isEqualTo(3600);
        assertThat(base("1 hPa")).isCloseTo(100, within(1e-9));
        assertThat(base("10 rpm")).isCloseTo(10 * 2 * Math.PI / 60, within(1e-12));
    }

    @Test
    void namesAreCaseSensitive() {
        assertThat(base("1 Mm")).isEqualTo(1e6);
        assertThat(base("1 mm")).isEqualTo(1e-3);
        assertThatThrownBy(() -> units.parse("1 KM")).isInstanceOf(UnitError.class)
                .hasMessage("'KM' is not defined in the unit registry");
    }

    @Test
    void productsQuotientsAndPowers() {
        assertThat(base("1 kg*m/s^2")).isCloseTo(1, within(1e-12));
        assertThat(base("1 kg m / s**2")).isCloseTo(1, within(1e-12));
        assertThat(base("1 N")).isCloseTo(base("1 kg*m/s^2"), within(1e-12));
        assertThat(base("2 m**2")).isEqualTo(2);
        assertThat(base("1 cm^3")).isCloseTo(1e-6, within(1e-18));
        assertThat(base("1 square meter")).isEqualTo(1);
        assertThat(base("1 cubic centimeter")).isCloseTo(1e-6, within(1e-18));
        assertThat(base("3 meters per second")).isEqualTo(3);
        assertThat(base("1 m squared")).isEqualTo(1);
        assertThat(base("(2 + 3) * 2")).isEqualTo(10);
        assertThat(base("-2**2")).as("powers bind before the sign").isEqualTo(-4);
        assertThat(base("2**-1")).isEqualTo(0.5);
        assertThat(base("1 m + 20 cm")).isCloseTo(1.2, within(1e-12));
        assertThat(base("1/2 dozen")).as("left to right").isEqualTo(6);
        assertThat(units.parse("1 kg*m/s^2").baseUnits()).isEqualTo("meter * kilogram / second ** 2");
    }

    @Test
    void dimensionalCompatibility() {
        assertThat(units.parseUnit("mm").isCompatibleWith(units.parseUnit("inch"))).isTrue();
        assertThat(units.parseUnit("N").isCompatibleWith(units.parseUnit("kg*m/s^2"))).isTrue();
        assertThat(units.parseUnit("mm").isCompatibleWith(units.parseUnit("kg"))).isFalse();
        assertThat(units.parseUnit("dozen").isDimensionless()).isTrue();
        assertThat(units.parse("1 inch").to(units.parseUnit("mm")).magnitude()).isCloseTo(25.4, within(1e-12));
        assertThatThrownBy(() -> units.parse("1 inch").to(units.parseUnit("kg"))).isInstanceOf(UnitError.class)
                .hasMessage("Cannot convert from 'inch' ([length]) to 'kilogram' ([mass])");
        assertThatThrownBy(() -> units.parse("1 m + 1 s")).isInstanceOf(UnitError.class);
    }

    @Test
    void aUnitExpressionHasNoScalingFactor() {
        assertThat(units.parseUnit("1/s").isCompatibleWith(units.parseUnit("Hz"))).isTrue();
        assertThatThrownBy(() -> units.parseUnit("10 m")).isInstanceOf(UnitError.class)
                .hasMessage("Unit expression cannot have a scaling factor.");
    }

    @Test
    void garbageIsRefusedWithAReason() {
        assertThatThrownBy(() -> units.parse("")).hasMessage("No value provided");
        assertThatThrownBy(() -> units.parse("1 / 0")).hasMessage("division by zero");
        assertThatThrownBy(() -> units.parse("1 xyz")).hasMessage("'xyz' is not defined in the unit registry");
        assertThatThrownBy(() -> units.parse("3 m)")).hasMessage("Invalid syntax: unexpected ')'");
        assertThatThrownBy(() -> units.parse("(3 m")).hasMessage("Invalid syntax: missing ')'");
        assertThatThrownBy(() -> units.parse("3 *")).hasMessage("Invalid syntax: incomplete expression");
        assertThatThrownBy(() -> units.parse("3 $")).hasMessage("Invalid character '$'");
        assertThatThrownBy(() -> units.parse("m ** kg")).isInstanceOf(UnitError.class);
        assertThatThrownBy(() -> units.parse("10 ** 400")).isInstanceOf(UnitError.class);
        assertThatThrownBy(() -> units.parse("1".repeat(2000))).isInstanceOf(UnitError.class);
    }

    @Test
    void customUnitsAreDefinedInTermsOfExistingUnits() {
        UnitRegistry custom = units.withCustomUnit("fathom", "6 * foot", "ftm");
        assertThat(custom.parse("2 fathom").baseMagnitude()).isCloseTo(3.6576, within(1e-12));
        assertThat(custom.parse("2 ftm").baseMagnitude()).isCloseTo(3.6576, within(1e-12));
        assertThat(custom.parse("2 fathoms").baseMagnitude()).isCloseTo(3.6576, within(1e-12));
        assertThat(custom.parse("1 kilofathom").baseMagnitude()).isCloseTo(1828.8, within(1e-9));
        assertThat(custom.names()).contains("fathom", "ftm");
        assertThat(custom.canonicalName("ftm")).contains("fathom");
        assertThat(custom.compatibleUnits("fathom")).contains("fathom", "meter", "inch");

        UnitRegistry chained = custom.withCustomUnit("league", "1000 * fathom", "");
        assertThat(chained.parse("1 league").baseMagnitude()).isCloseTo(1828.8, within(1e-9));
        assertThat(units.withCustomUnit("gross", "144", null).parse("2 gross").baseMagnitude()).isEqualTo(288);
    }

    @Test
    void customUnitsMustBeNewValidAndWellDefined() {
        assertThatThrownBy(() -> units.withCustomUnit("meter", "2 * foot", null))
                .hasMessage("Cannot redefine 'meter' (unit)");
        assertThatThrownBy(() -> units.withCustomUnit("km", "2 * foot", null))
                .as("a prefixed unit exists too").hasMessage("Cannot redefine 'km' (unit)");
        assertThatThrownBy(() -> units.withCustomUnit("fathom", "6 * foot", "ft"))
                .hasMessage("Cannot redefine 'ft' (unit)");
        assertThatThrownBy(() -> units.withCustomUnit("two words", "6 * foot", null))
                .hasMessage("'two words' is not a valid unit name");
        assertThatThrownBy(() -> units.withCustomUnit("1abc", "6 * foot", null))
                .hasMessage("'1abc' is not a valid unit name");
        assertThatThrownBy(() -> units.withCustomUnit("fathom", "6 * fooot", null))
                .hasMessage("'fooot' is not defined in the unit registry");
        assertThatThrownBy(() -> units.withCustomUnit("fathom", "6 *", null)).isInstanceOf(UnitError.class);
        assertThatThrownBy(() -> units.withCustomUnit("warm", "10 degC", null)).isInstanceOf(UnitError.class);
        assertThatThrownBy(() -> units.withCustomUnit("loop", "2 * loop", null))
                .hasMessage("'loop' is not defined in the unit registry");
    }

    @Test
    void theUnitListKnowsNamesSymbolsAndWhatIsCompatible() {
        assertThat(units.names()).contains("meter", "m", "metre", "inch", "dozen", "degC", "°C", "piece");
        assertThat(units.canonicalName("m")).contains("meter");
        assertThat(units.compatibleUnits("m")).contains("meter", "inch", "foot", "angstrom").doesNotContain("gram");
        assertThat(units.compatibleUnits("dozen")).contains("piece", "each", "percent");
        assertThat(units.isDimensionless("dozen")).isTrue();
        assertThat(units.isDimensionless("m")).isFalse();
    }
}
