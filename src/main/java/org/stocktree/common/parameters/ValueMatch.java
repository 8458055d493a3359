package org.stocktree.common.parameters;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How one {@code parameter_<id>[_op]} filter compares a parameter's value, following InvenTree:
 * a value that reads as a number (or, for a template with units, as a quantity of them) compares
 * with the stored numbers, and with the text of values that have none; other text compares as
 * text. A checkbox compares for equality only; {@code ne} keeps what equality would not.
 */
record ValueMatch(boolean impossible, boolean inverted, String op, String text, Double number) {

    /** The comparisons a filter may name after the template id. */
    static final List<String> OPERATORS = List.of("gt", "gte", "lt", "lte", "ne", "icontains");

    private static final List<String> TRUE_WORDS = List.of("true", "1", "yes", "y", "on", "t");

    static ValueMatch of(ParameterTemplate template, String value, String op, Function<String, Double> quantity) {
        String text = value == null ? "" : value.strip();
        String comparison = op == null ? "" : op;
        Double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException notANumber) {
            number = null;
        }
        if (template.isCheckbox()) {
            boolean flag = TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
            return new ValueMatch(false, "ne".equals(comparison), "", flag ? "True" : "False", flag ? 1.0 : 0.0);
        }
        if (number == null && !template.getUnits().isEmpty()) {
            number = quantity.apply(text);
            if (number == null) {
                return new ValueMatch(true, false, comparison, text, null);
            }
        }
        boolean inverted = "ne".equals(comparison);
        return new ValueMatch(false, inverted, inverted ? "" : comparison, text, number);
    }

    private boolean textOnly() {
        return number == null || "icontains".equals(op);
    }

    Predicate condition(CriteriaBuilder builder, Path<Parameter> parameter) {
        Path<String> data = parameter.get("data");
        Path<Double> numeric = parameter.get("dataNumeric");
        Predicate byText = compare(builder, data, text);
        if (textOnly()) {
            return byText;
        }
        return builder.or(builder.and(byText, builder.isNull(numeric)),
                builder.and(builder.isNotNull(numeric), compare(builder, numeric, number)));
    }

    private Predicate compare(CriteriaBuilder builder, Expression<String> data, String value) {
        return switch (op) {
            case "gt" -> builder.greaterThan(data, value);
            case "gte" -> builder.greaterThanOrEqualTo(data, value);
            case "lt" -> builder.lessThan(data, value);
            case "lte" -> builder.lessThanOrEqualTo(data, value);
            case "icontains" -> builder.like(builder.lower(data), "%" + value.toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\');
            default -> builder.equal(data, value);
        };
    }

    private Predicate compare(CriteriaBuilder builder, Path<Double> numeric, Double value) {
        return switch (op) {
            case "gt" -> builder.greaterThan(numeric, value);
            case "gte" -> builder.greaterThanOrEqualTo(numeric, value);
            case "lt" -> builder.lessThan(numeric, value);
            case "lte" -> builder.lessThanOrEqualTo(numeric, value);
            default -> builder.equal(numeric, value);
        };
    }
}
