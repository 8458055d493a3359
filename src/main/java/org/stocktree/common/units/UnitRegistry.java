package org.stocktree.common.units;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every unit Stocktree understands: the built-in table ({@code units.txt}) plus the custom units
 * defined on the server. Immutable; {@link #withCustomUnit} answers a new registry.
 *
 * <p>A name is found as written, or as a prefix and a unit ({@code km}, {@code kiloohm},
 * {@code µF}), optionally with a plural {@code s} ({@code meters}, {@code kilograms}; not after a
 * one-letter unit, so {@code ms} is a millisecond). Names are case-sensitive: {@code mm} and
 * {@code Mm} differ.
 */
public final class UnitRegistry {

    /** The default system of units and the systems InvenTree's registry lists. */
    public static final String DEFAULT_SYSTEM = "mks";
    public static final List<String> SYSTEMS = List.of("Planck", "SI", "US", "atomic", "cgs", "imperial", "mks");

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");
    private static final List<String> SUFFIXES = List.of("", "s");
    private static final UnitRegistry BUILT_IN = load();

    /** A named unit: what one of it is in root units, and every name it answers to. */
    record Definition(String name, double scale, double offset, Dimensionality dimensionality, List<String> keys) {
    }

    private record Prefix(String name, double factor) {
    }

    private final Map<String, Definition> units;
    private final Map<String, Prefix> prefixes;

    private UnitRegistry(Map<String, Definition> units, Map<String, Prefix> prefixes) {
        this.units = units;
        this.prefixes = prefixes;
    }

    /** The units every installation has. */
    public static UnitRegistry builtIn() {
        return BUILT_IN;
    }

    /** Reads a quantity: {@code 10 mm}, {@code 1/4 inch}, {@code 3 dozen}, {@code 20 degC}. */
    public Quantity parse(String expression) {
        return Expression.evaluate(expression, this::unit);
    }

    /**
     * Reads a unit expression ({@code mm}, {@code kg*m/s^2}, {@code 1/s}); one with a number
     * in it ({@code 10 m}) is not a unit.
     */
    public PhysicalUnit parseUnit(String expression) {
        Quantity quantity = parse(expression);
        if (quantity.magnitude() != 1) {
            throw new UnitError("Unit expression cannot have a scaling factor.");
        }
        return quantity.unit();
    }

    /** Whether the name, as written or with a prefix or plural, is a unit. */
    public boolean defines(String name) {
        return find(name).isPresent();
    }

    /**
     * A registry that also knows the custom unit {@code name = definition}, optionally answering
     * to {@code symbol}, as in {@code fathom = 6 * foot = ftm}.
     *
     * @throws UnitError when the name is not an identifier or is a unit already, or the
     *     definition is not a valid expression
     */
    public UnitRegistry withCustomUnit(String name, String definition, String symbol) {
        requireNewName(name);
        if (symbol != null && !symbol.isEmpty()) {
            requireNewName(symbol);
        }
        Quantity value = parse(definition);
        if (value.unit().hasOffset()) {
            throw new UnitError("Cannot define a unit in terms of " + value.unit() + ", whose zero point is not absolute");
        }
        List<String> keys = new ArrayList<>(List.of(name));
        if (symbol != null && !symbol.isEmpty()) {
            keys.add(symbol);
        }
        Map<String, Definition> extended = new LinkedHashMap<>(units);
        add(extended, new Definition(name, value.magnitude() * value.unit().scale(), 0,
                value.unit().dimensionality(), List.copyOf(keys)));
        return new UnitRegistry(Collections.unmodifiableMap(extended), prefixes);
    }

    /** Every name a unit answers to (names, symbols, aliases), in alphabetical order. */
    public List<String> names() {
        return List.copyOf(new TreeMap<>(units).keySet());
    }

    /** The unit's own name for any of its names: {@code mm} has none (prefixed), {@code m} is meter. */
    public Optional<String> canonicalName(String key) {
        return Optional.ofNullable(units.get(key)).map(Definition::name);
    }

    /** The names of the units a quantity in this unit can be converted to, itself included. */
    public List<String> compatibleUnits(String key) {
        Definition unit = units.get(key);
        if (unit == null) {
            return List.of();
        }
        TreeSet<String> compatible = new TreeSet<>();
        units.values().stream().filter(other -> other.dimensionality().equals(unit.dimensionality()))
                .forEach(other -> compatible.add(other.name()));
        return List.copyOf(compatible);
    }

    public boolean isDimensionless(String key) {
        Definition unit = units.get(key);
        return unit != null && unit.dimensionality().isNone();
    }

    private PhysicalUnit unit(String name) {
        return find(name).orElseThrow(() -> new UnitError("'" + name + "' is not defined in the unit registry"));
    }

    private Optional<PhysicalUnit> find(String name) {
        Definition exact = units.get(name);
        if (exact != null) {
            return Optional.of(PhysicalUnit.named(exact.name(), exact.scale(), exact.offset(), exact.dimensionality()));
        }
        for (String suffix : SUFFIXES) {
            for (Map.Entry<String, Prefix> prefix : prefixes.entrySet()) {
                String key = prefix.getKey();
                if (!name.startsWith(key) || !name.endsWith(suffix) || name.length() < key.length() + suffix.length()) {
                    continue;
                }
                String rest = name.substring(key.length(), name.length() - suffix.length());
                if (!suffix.isEmpty() && rest.length() == 1) {
                    continue; // "ms" is a millisecond, not meters
                }
                Definition unit = units.get(rest);
                if (unit != null && (key.isEmpty() || unit.offset() == 0)) {
                    Prefix used = prefix.getValue();
                    return Optional.of(PhysicalUnit.named(used.name() + unit.name(), used.factor() * unit.scale(),
                            unit.offset(), unit.dimensionality()));
                }
            }
        }
        return Optional.empty();
    }

    private void requireNewName(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new UnitError("'" + name + "' is not a valid unit name");
        }
        if (defines(name)) {
            throw new UnitError("Cannot redefine '" + name + "' (unit)");
        }
    }

    private static void add(Map<String, Definition> units, Definition definition) {
        for (String key : definition.keys()) {
            units.putIfAbsent(key, definition);
        }
    }

    private static UnitRegistry load() {
        Map<String, Definition> units = new LinkedHashMap<>();
        Map<String, Prefix> prefixes = new LinkedHashMap<>();
        prefixes.put("", new Prefix("", 1));
        try (InputStream in = UnitRegistry.class.getResourceAsStream("units.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.strip();
                if (!content.isEmpty() && !content.startsWith("#")) {
                    read(content, units, prefixes);
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return new UnitRegistry(Collections.unmodifiableMap(units), Collections.unmodifiableMap(prefixes));
    }

    /** One line of units.txt: a prefix, an alias, a root unit or a derived unit. */
    private static void read(String line, Map<String, Definition> units, Map<String, Prefix> prefixes) {
        List<String> parts = new ArrayList<>();
        for (String part : line.split("=")) {
            parts.add(part.strip());
        }
        String name = parts.get(0);
        if (name.startsWith("@alias ")) {
            Definition existing = units.get(name.substring("@alias ".length()).strip());
            List<String> keys = new ArrayList<>(existing.keys());
            keys.addAll(parts.subList(1, parts.size()));
            Definition aliased = new Definition(existing.name(), existing.scale(), existing.offset(),
                    existing.dimensionality(), List.copyOf(keys));
            units.replaceAll((key, value) -> value == existing ? aliased : value);
            add(units, aliased);
            return;
        }
        UnitRegistry sofar = new UnitRegistry(units, prefixes);
        if (name.endsWith("-")) {
            Prefix prefix = new Prefix(name.substring(0, name.length() - 1), sofar.parse(parts.get(1)).magnitude());
            for (String key : parts) {
                if (key.endsWith("-") && !key.equals("_-")) {
                    prefixes.put(key.substring(0, key.length() - 1), prefix);
                }
            }
            return;
        }
        List<String> keys = new ArrayList<>();
        keys.add(name);
        parts.subList(2, parts.size()).stream().filter(key -> !key.equals("_")).forEach(keys::add);
        String value = parts.get(1);
        if (value.startsWith("[")) {
            add(units, new Definition(name, 1, 0, Dimensionality.of(value), List.copyOf(keys)));
            return;
        }
        double offset = 0;
        int offsetAt = value.indexOf("; offset:");
        if (offsetAt >= 0) {
            offset = sofar.parse(value.substring(offsetAt + "; offset:".length())).magnitude();
            value = value.substring(0, offsetAt);
        }
        Quantity quantity = sofar.parse(value);
        add(units, new Definition(name, quantity.magnitude() * quantity.unit().scale(), offset,
                quantity.unit().dimensionality(), List.copyOf(keys)));
    }
}
