package org.stocktree.common.units;

/**
 * A magnitude with a unit, such as {@code 2.5 kilogram}. Arithmetic keeps the units as written;
 * {@link #to} and {@link #baseMagnitude} convert.
 *
 * <p>Units with a zero point of their own (°C, °F) can be scaled by plain numbers ("20 degC");
 * combined with other units they are first converted to kelvin, as InvenTree's unit registry does
 * (pint with {@code autoconvert_offset_to_baseunit}).
 */
public record Quantity(double magnitude, PhysicalUnit unit) {

    static Quantity number(double value) {
        return new Quantity(value, PhysicalUnit.NONE);
    }

    Quantity times(Quantity other) {
        if (other.unit.isNumber()) {
            return new Quantity(magnitude * other.magnitude, unit);
        }
        if (unit.isNumber()) {
            return new Quantity(magnitude * other.magnitude, other.unit);
        }
        Quantity left = withoutOffset();
        Quantity right = other.withoutOffset();
        return new Quantity(left.magnitude * right.magnitude, left.unit.times(right.unit));
    }

    Quantity dividedBy(Quantity other) {
        if (other.magnitude == 0) {
            throw new UnitError("division by zero");
        }
        if (other.unit.isNumber()) {
            return new Quantity(magnitude / other.magnitude, unit);
        }
        Quantity left = withoutOffset();
        Quantity right = other.withoutOffset();
        return new Quantity(left.magnitude / right.magnitude, left.unit.dividedBy(right.unit));
    }

    Quantity pow(Quantity exponent) {
        if (!exponent.unit.isDimensionless()) {
            throw new UnitError("Cannot raise to a power of " + exponent.unit);
        }
        double power = exponent.magnitude * exponent.unit.scale();
        Quantity base = withoutOffset();
        double raised = Math.pow(base.magnitude, power);
        if (Double.isNaN(raised) || Double.isInfinite(raised)) {
            throw new UnitError("Cannot raise " + base.magnitude + " to the power " + power);
        }
        return new Quantity(raised, base.unit.pow(power));
    }

    Quantity plus(Quantity other) {
        if (unit.hasOffset() || other.unit.hasOffset()) {
            throw new UnitError("Cannot add or subtract quantities of " + unit + " and " + other.unit);
        }
        return new Quantity(magnitude + other.to(unit).magnitude, unit);
    }

    Quantity negate() {
        return new Quantity(-magnitude, unit);
    }

    public boolean isDimensionless() {
        return unit.isDimensionless();
    }

    /** The same quantity in another unit of the same dimensionality. */
    public Quantity to(PhysicalUnit target) {
        if (!unit.isCompatibleWith(target)) {
            throw new UnitError("Cannot convert from '" + unit + "' (" + unit.dimensionality() + ") to '" + target
                    + "' (" + target.dimensionality() + ")");
        }
        return new Quantity((rootMagnitude() - target.offset()) / target.scale(), target);
    }

    /**
     * The magnitude in base units (meter, kilogram, second, ampere, kelvin, mole, candela, bit;
     * plain numbers for dimensionless quantities): {@code 2.5 g} is 0.0025, {@code 3 dozen} 36.
     */
    public double baseMagnitude() {
        return rootMagnitude() / Math.pow(1000, unit.dimensionality().massExponent());
    }

    /** The base units {@link #baseMagnitude} is measured in, as {@code kilogram * meter / second ** 2}. */
    public String baseUnits() {
        return unit.dimensionality().baseUnits();
    }

    private double rootMagnitude() {
        return magnitude * unit.scale() + unit.offset();
    }

    private Quantity withoutOffset() {
        if (!unit.hasOffset()) {
            return this;
        }
        return new Quantity(rootMagnitude(), PhysicalUnit.named("kelvin", 1, 0, unit.dimensionality()));
    }

    @Override
    public String toString() {
        return unit.isNumber() ? String.valueOf(magnitude) : magnitude + " " + unit;
    }
}
