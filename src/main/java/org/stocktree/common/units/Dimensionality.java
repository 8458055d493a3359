package org.stocktree.common.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a unit measures, as powers of the base dimensions: a speed is {@code [length] / [time]}.
 * Two units can be converted into each other exactly when their dimensionalities are equal.
 */
final class Dimensionality {

    /** The base dimensions, in the order of the exponents. */
    static final List<String> BASE = List.of("[length]", "[mass]", "[time]", "[current]", "[temperature]",
            "[substance]", "[luminosity]", "[information]");

    /**
     * The unit each base dimension is expressed in by base-unit magnitudes: the "mks" system,
     * in which mass is measured in kilograms although the root unit of mass is the gram.
     */
    static final List<String> BASE_UNITS = List.of("meter", "kilogram", "second", "ampere", "kelvin", "mole",
            "candela", "bit");

    static final Dimensionality NONE = new Dimensionality(new double[BASE.size()]);

    private static final double TOLERANCE = 1e-9;
    private static final int MASS = 1;

    private final double[] exponents;

    private Dimensionality(double[] exponents) {
        this.exponents = exponents;
    }

    /** The dimensionality of a root unit, {@code [length]}, or none for {@code []}. */
    static Dimensionality of(String bracketed) {
        if (bracketed.equals("[]")) {
            return NONE;
        }
        int index = BASE.indexOf(bracketed);
        if (index < 0) {
            throw new UnitError("Unknown base dimension " + bracketed);
        }
        double[] exponents = new double[BASE.size()];
        exponents[index] = 1;
        return new Dimensionality(exponents);
    }

    Dimensionality times(Dimensionality other) {
        double[] result = new double[exponents.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = exponents[i] + other.exponents[i];
        }
        return new Dimensionality(result);
    }

    Dimensionality dividedBy(Dimensionality other) {
        return times(other.pow(-1));
    }

    Dimensionality pow(double power) {
        double[] result = new double[exponents.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = exponents[i] * power;
        }
        return new Dimensionality(result);
    }

    boolean isNone() {
        return equals(NONE);
    }

    /** The power of mass, to move magnitudes from grams (root) to kilograms (base). */
    double massExponent() {
        return exponents[MASS];
    }

    /** The base units that measure this dimensionality, as {@code kilogram * meter / second ** 2}. */
    String baseUnits() {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 0; i < exponents.length; i++) {
            if (Math.abs(exponents[i]) > TOLERANCE) {
                (exponents[i] > 0 ? up : down).add(PhysicalUnit.power(BASE_UNITS.get(i), Math.abs(exponents[i])));
            }
        }
        return PhysicalUnit.fraction(up, down);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Dimensionality that)) {
            return false;
        }
        for (int i = 0; i < exponents.length; i++) {
            if (Math.abs(exponents[i] - that.exponents[i]) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.stream(exponents).map(value -> Math.round(value * 1e6) / 1e6).toArray());
    }

    @Override
    public String toString() {
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        for (int i = 0; i < exponents.length; i++) {
            if (Math.abs(exponents[i]) > TOLERANCE) {
                (exponents[i] > 0 ? up : down).add(PhysicalUnit.power(BASE.get(i), Math.abs(exponents[i])));
            }
        }
        return up.isEmpty() && down.isEmpty() ? "dimensionless" : PhysicalUnit.fraction(up, down);
    }
}
