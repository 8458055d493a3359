package org.stocktree.common.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit as written, such as {@code millimeter ** 2 / second}: the named units and their powers,
 * with what one of it is in root units ({@code scale}, and {@code offset} for a temperature scale
 * whose zero is not absolute zero) and the dimensionality it measures.
 */
public final class PhysicalUnit {

    static final PhysicalUnit NONE = new PhysicalUnit(Map.of(), 1, 0, Dimensionality.NONE);

    private final Map<String, Double> powers;
    private final double scale;
    private final double offset;
    private final Dimensionality dimensionality;

    private PhysicalUnit(Map<String, Double> powers, double scale, double offset, Dimensionality dimensionality) {
        this.powers = Collections.unmodifiableMap(powers);
        this.scale = scale;
        this.offset = offset;
        this.dimensionality = dimensionality;
    }

    /** One named unit: {@code millimeter} is 0.001 of the root unit of length. */
    static PhysicalUnit named(String name, double scale, double offset, Dimensionality dimensionality) {
        Map<String, Double> powers = new LinkedHashMap<>();
        powers.put(name, 1.0);
        return new PhysicalUnit(powers, scale, offset, dimensionality);
    }

    PhysicalUnit times(PhysicalUnit other) {
        Map<String, Double> combined = new LinkedHashMap<>(powers);
        other.powers.forEach((name, power) -> combined.merge(name, power, Double::sum));
        combined.values().removeIf(power -> Math.abs(power) < 1e-12);
        return new PhysicalUnit(combined, scale * other.scale, 0, dimensionality.times(other.dimensionality));
    }

    PhysicalUnit dividedBy(PhysicalUnit other) {
        return times(other.pow(-1));
    }

    PhysicalUnit pow(double power) {
        Map<String, Double> raised = new LinkedHashMap<>();
        powers.forEach((name, existing) -> raised.put(name, existing * power));
        return new PhysicalUnit(raised, Math.pow(scale, power), 0, dimensionality.pow(power));
    }

    /** Whether the unit has a zero point of its own (°C, °F), so that converting it adds, not only scales. */
    boolean hasOffset() {
        return offset != 0;
    }

    /** Whether no unit is named at all (a plain number). */
    boolean isNumber() {
        return powers.isEmpty();
    }

    public boolean isDimensionless() {
        return dimensionality.isNone();
    }

    /** Whether quantities in this unit can be converted to the other unit. */
    public boolean isCompatibleWith(PhysicalUnit other) {
        return dimensionality.equals(other.dimensionality);
    }

    double scale() {
        return scale;
    }

    double offset() {
        return offset;
    }

    Dimensionality dimensionality() {
        return dimensionality;
    }

    /** In pint's notation: {@code meter / second ** 2}, {@code 1 / second}, {@code dimensionless}. */
    @Override
    public String toString() {
        if (powers.isEmpty()) {
            return "dimensionless";
        }
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        powers.forEach((name, power) -> (power > 0 ? up : down).add(power(name, Math.abs(power))));
        return fraction(up, down);
    }

    static String power(String name, double power) {
        if (power == 1) {
            return name;
        }
        return name + " ** " + (power == Math.rint(power) ? String.valueOf((long) power) : String.valueOf(power));
    }

    static String fraction(List<String> up, List<String> down) {
        String numerator = up.isEmpty() ? "1" : String.join(" * ", up);
        return down.isEmpty() ? numerator : numerator + " / " + String.join(" / ", down);
    }
}
