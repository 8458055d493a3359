package org.stocktree.stock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a serial-number expression as InvenTree's serial number fields take it: groups separated
 * by commas or white space, each a single serial ({@code 7}), a range ({@code 1-5}), a start with
 * a count ({@code 10+3}: 10 and three more) or a start with as many as are still needed
 * ({@code 400+}), and {@code ~} for the next free serial. When there are exactly as many groups as
 * serials wanted, every group is taken literally (so {@code A-1} may be a serial).
 *
 * <p>Sequences ({@code ~} and {@code +}) count only free serials, skipping those already taken;
 * serials named explicitly are returned as given, and the caller reports the taken ones.
 */
public final class SerialNumbers {

    /** The expression cannot be read; each message names what is wrong. */
    public static final class Invalid extends RuntimeException {

        private final List<String> messages;

        Invalid(List<String> messages) {
            super(String.join("; ", messages));
            this.messages = List.copyOf(messages);
        }

        public List<String> messages() {
            return messages;
        }
    }

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)?$", Pattern.DOTALL);
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");
    private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d+)$");

    /** How far sequences look for free serials before giving up (a guard against endless skipping). */
    private static final int MAX_SKIPPED = 100_000;

    private final Predicate<String> taken;
    private final String latest;

    /**
     * @param taken whether a serial is already in use (sequences skip those)
     * @param latest the highest serial in use, which {@code ~} continues from; null when there is none
     */
    public SerialNumbers(Predicate<String> taken, String latest) {
        this.taken = taken;
        this.latest = latest;
    }

    /** The serials the expression names, exactly {@code quantity} of them, in the order given. */
    public List<String> parse(String expression, long quantity) {
        if (quantity <= 0) {
            throw new Invalid(List.of("Invalid quantity provided"));
        }
        String input = expression == null ? "" : expression.strip();
        if (input.isEmpty()) {
            throw new Invalid(List.of("Empty serial number string"));
        }
        Set<String> serials = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        String[] groups = input.split("[\\s,]+");
        if (groups.length == quantity && !input.contains("~") && !input.contains("+")) {
            for (String group : groups) {
                add(group, serials, errors);
            }
        } else {
            String cursor = latest;
            for (String group : groups) {
                long remaining = quantity - serials.size();
                if (group.startsWith("~")) {
                    String next = nextFree(cursor, serials);
                    String rest = group.substring(1);
                    if (rest.isEmpty()) {
                        add(next, serials, errors);
                        cursor = next;
                        continue;
                    }
                    if (!rest.startsWith("+")) {
                        errors.add("Invalid group: " + group);
                        continue;
                    }
                    group = next + rest;
                }
                if (group.contains("+")) {
                    cursor = sequence(group, remaining, serials, errors);
                } else if (group.contains("-")) {
                    range(group, remaining, serials, errors);
                } else {
                    add(group, serials, errors);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        if (serials.isEmpty()) {
            throw new Invalid(List.of("No serial numbers found"));
        }
        if (serials.size() != quantity) {
            throw new Invalid(List.of("Number of unique serial numbers (" + serials.size()
                    + ") must match quantity (" + quantity + ")"));
        }
        return List.copyOf(serials);
    }

    /** {@code start+count} or {@code start+}: free serials from start on. Returns the last one taken. */
    private String sequence(String group, long remaining, Set<String> serials, List<String> errors) {
        String[] parts = group.split("\\+", -1);
        if (parts.length != 2 || parts[0].isEmpty()) {
            errors.add("Invalid group sequence: " + group);
            return null;
        }
        long count;
        if (parts[1].isEmpty()) {
            count = remaining;
        } else {
            try {
                count = Long.parseLong(parts[1]) + 1;
            } catch (NumberFormatException notCount) {
                errors.add("Invalid group sequence: " + group);
                return null;
            }
        }
        if (count > remaining) {
            errors.add("Group sequence " + group + " exceeds allowed quantity (" + remaining + ")");
            return null;
        }
        String value = parts[0];
        String last = null;
        int skipped = 0;
        for (long found = 0; found < count; ) {
            if (taken.test(value) || serials.contains(value)) {
                if (++skipped > MAX_SKIPPED) {
                    errors.add("Invalid group sequence: " + group);
                    return null;
                }
            } else {
                serials.add(value);
                last = value;
                found++;
            }
            String next = increment(value);
            if (next.equals(value)) {
                errors.add("Invalid group sequence: " + group);
                return null;
            }
            value = next;
        }
        return last;
    }

    /** {@code a-b}: every serial from a up to b, as InvenTree counts them (incrementing a's number). */
    private void range(String group, long remaining, Set<String> serials, List<String> errors) {
        String[] ends = group.split("-", -1);
        if (ends.length != 2) {
            add(group, serials, errors); // a serial that happens to hold hyphens
            return;
        }
        String from = ends[0];
        String to = ends[1];
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
            errors.add("Invalid group range: " + group);
            return;
        }
        List<String> items = new ArrayList<>();
        String value = from;
        while (items.size() <= remaining) {
            items.add(value);
            if (value.equals(to)) {
                break;
            }
            String next = increment(value);
            if (next.equals(value)) {
                break;
            }
            value = next;
        }
        if (!items.get(items.size() - 1).equals(to)) {
            errors.add(items.size() > remaining
                    ? "Group range " + group + " exceeds allowed quantity (" + remaining + ")"
                    : "Invalid group range: " + group);
            return;
        }
        if (items.size() > remaining) {
            errors.add("Group range " + group + " exceeds allowed quantity (" + remaining + ")");
            return;
        }
        items.forEach(item -> add(item, serials, errors));
    }

    private static void add(String serial, Set<String> serials, List<String> errors) {
        String value = serial.strip();
        if (!serials.add(value)) {
            errors.add("Duplicate serial: " + value);
        }
    }

    private String nextFree(String after, Set<String> chosen) {
        String value = after == null ? "1" : increment(after);
        for (int skipped = 0; (taken.test(value) || chosen.contains(value)) && skipped < MAX_SKIPPED; skipped++) {
            value = increment(value);
        }
        return value;
    }

    /**
     * The serial after this one: its trailing number plus one, zero padding kept ({@code A-009} to
     * {@code A-010}); a serial without a trailing number has no successor and is returned as is.
     */
    public static String increment(String serial) {
        String value = serial == null ? "" : serial.strip();
        if (value.isEmpty()) {
            return "1";
        }
        Matcher matcher = TRAILING_NUMBER.matcher(value);
        if (!matcher.matches() || matcher.group(2) == null) {
            return value;
        }
        String number = matcher.group(2);
        String next = new java.math.BigInteger(number).add(java.math.BigInteger.ONE).toString();
        while (next.length() < number.length()) {
            next = "0" + next;
        }
        return matcher.group(1) + next;
    }

    /**
     * The number a serial sorts by (InvenTree's {@code serial_int}): its leading digits, else its
     * trailing digits, else 0; clipped to what a 32-bit column holds.
     */
    public static int numeric(String serial) {
        if (serial == null || serial.isBlank()) {
            return 0;
        }
        String value = serial.strip();
        Matcher leading = LEADING_DIGITS.matcher(value);
        Matcher trailing = TRAILING_DIGITS.matcher(value);
        String digits = leading.find() ? leading.group(1) : trailing.find() ? trailing.group(1) : null;
        if (digits == null) {
            return 0;
        }
        java.math.BigInteger number = new java.math.BigInteger(digits);
        return number.compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE
                : number.intValue();
    }
}
