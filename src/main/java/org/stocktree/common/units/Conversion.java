package org.stocktree.common.units;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a value a user typed is read against the unit it should be in, with InvenTree's leniency:
 * a bare number is taken to be in that unit ({@code 10} for mm is 10 mm), engineering notation is
 * understood ({@code 4k7} is 4.7k), the unit may be left off a prefix ({@code 3k} for m is 3 km),
 * and {@code 3'} and {@code 2"} are feet and inches.
 */
public final class Conversion {

    private static final Pattern ENGINEERING = Pattern.compile("(\\d+)([a-zA-Z]+)(\\d+)(.*)");

    private Conversion() {
    }

    /**
     * The magnitude of the value in the unit, or in base units when no unit is given.
     *
     * @throws UnitError with the message to show: no value, an invalid unit, or a value that
     *     cannot be read or converted
     */
    public static double convert(UnitRegistry registry, String value, String unit) {
        String target = unit == null ? "" : unit.strip();
        PhysicalUnit targetUnit = null;
        if (!target.isEmpty()) {
            try {
                targetUnit = registry.parseUnit(target);
            } catch (UnitError invalid) {
                throw new UnitError("Invalid unit provided: (" + target + ")");
            }
        }
        String original = value == null ? "" : value.strip();
        String text = imperialMarks(original);
        if (text.isEmpty()) {
            throw new UnitError("No value provided");
        }
        String engineering = fromEngineeringNotation(text);
        List<String> attempts = new ArrayList<>(List.of(text, engineering));
        if (targetUnit != null) {
            // last resorts: the unit appended, so that "3k" for meters reads as 3 km
            attempts.add(text + target);
            attempts.add(engineering + target);
        }
        for (String attempt : attempts) {
            try {
                double magnitude = magnitude(registry.parse(attempt), targetUnit);
                if (Double.isFinite(magnitude)) {
                    return magnitude;
                }
            } catch (UnitError unreadable) {
                // try the next reading
            }
        }
        throw new UnitError(targetUnit == null ? "Invalid quantity provided"
                : "Could not convert " + original + " to " + target);
    }

    /** {@code 1K2} is 1.2K and {@code 10n005F} is 10.005nF: the prefix stands for the decimal point. */
    public static String fromEngineeringNotation(String value) {
        String text = value.strip();
        Matcher matcher = ENGINEERING.matcher(text);
        if (matcher.lookingAt()) {
            return matcher.group(1) + "." + matcher.group(3) + matcher.group(2) + matcher.group(4);
        }
        return text;
    }

    private static double magnitude(Quantity quantity, PhysicalUnit target) {
        if (target == null) {
            return quantity.baseMagnitude();
        }
        if (quantity.isDimensionless()) {
            return quantity.baseMagnitude(); // a plain number (or dozen) is taken in the expected unit
        }
        return quantity.to(target).magnitude();
    }

    private static String imperialMarks(String value) {
        if (count(value, '\'') == 1 && value.endsWith("'")) {
            return value.replace("'", " feet");
        }
        if (count(value, '"') == 1 && value.endsWith("\"")) {
            return value.replace("\"", " inches");
        }
        return value;
    }

    private static long count(String value, char mark) {
        return value.chars().filter(c -> c == mark).count();
    }
}
