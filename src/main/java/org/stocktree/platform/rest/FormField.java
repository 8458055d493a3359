package org.stocktree.platform.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One field of a {@link Form}: how a request value is read and checked, and how the field is
 * described to clients in OPTIONS metadata. Both come from this one definition, so what a form
 * promises is what its endpoint enforces.
 *
 * <p>Reading follows Django REST Framework, whose error texts InvenTree clients show and compare:
 * strings are trimmed, blank and null are refused unless allowed, numbers may arrive as strings.
 * Instances are immutable; the {@code with...} methods return changed copies.
 */
public final class FormField {

    /** The field types of DRF's metadata, with the name clients see. */
    public enum Type {
        STRING("string"), EMAIL("email"), URL("url"), BOOLEAN("boolean"), INTEGER("integer"), FLOAT("float"),
        DECIMAL("decimal"), DATE("date"), DATETIME("datetime"), CHOICE("choice"), RELATED("related field"),
        LIST("list"), OBJECT("nested object"), FILE("file upload"), IMAGE("image upload"),
        /** Any JSON value, such as metadata: DRF names a field it has no closer name for "field". */
        ANY("field");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** One permitted value of a choice field. */
    public record Choice(Object value, String displayName) {
    }

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^(https?|ftp)://[^\\s/$.?#][^\\s]*$", Pattern.CASE_INSENSITIVE);

    private final String name;
    private final Type type;
    private String label;
    private String helpText = "";
    private boolean required;
    private boolean readOnly;
    private boolean allowNull;
    private boolean allowBlank;
    private Integer maxLength;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private Object defaultValue;
    private List<Choice> choices = List.of();
    private String model;
    private String apiUrl;
    private Class<?> entity;
    private Type child;
    private boolean anyJson;
    private Pattern pattern;
    private String patternMessage;
    private Function<String, List<String>> rule;

    private FormField(String name, Type type) {
        this.name = name;
        this.type = type;
        this.label = labelOf(name);
    }

    private FormField copy() {
        FormField copy = new FormField(name, type);
        copy.label = label;
        copy.helpText = helpText;
        copy.required = required;
        copy.readOnly = readOnly;
        copy.allowNull = allowNull;
        copy.allowBlank = allowBlank;
        copy.maxLength = maxLength;
        copy.minValue = minValue;
        copy.maxValue = maxValue;
        copy.defaultValue = defaultValue;
        copy.choices = choices;
        copy.model = model;
        copy.apiUrl = apiUrl;
        copy.entity = entity;
        copy.child = child;
        copy.anyJson = anyJson;
        copy.pattern = pattern;
        copy.patternMessage = patternMessage;
        copy.rule = rule;
        return copy;
    }

    public static FormField text(String name, int maxLength) {
        FormField field = new FormField(name, Type.STRING);
        field.maxLength = maxLength;
        return field;
    }

    public static FormField of(String name, Type type) {
        return new FormField(name, type);
    }

    public static FormField bool(String name) {
        return new FormField(name, Type.BOOLEAN);
    }

    public static FormField integer(String name) {
        return new FormField(name, Type.INTEGER);
    }

    /**
     * Text that may arrive as any JSON value, kept as its text: {@code true} reads "true",
     * {@code {"a": 1}} reads as that JSON. For values whose type is decided by something other
     * than the field, such as a setting's value (the setting's own type then checks it).
     */
    public static FormField anyText(String name, int maxLength) {
        FormField field = text(name, maxLength);
        field.anyJson = true;
        return field;
    }

    /** A list of whole numbers, such as the ids of related objects. */
    public static FormField ids(String name) {
        FormField field = new FormField(name, Type.LIST);
        field.child = Type.INTEGER;
        return field;
    }

    /** A list of strings, such as tags. */
    public static FormField strings(String name) {
        FormField field = new FormField(name, Type.LIST);
        field.child = Type.STRING;
        return field;
    }

    /** A choice among fixed values, e.g. a status code. */
    public static FormField choice(String name, List<Choice> choices) {
        FormField field = new FormField(name, Type.CHOICE);
        field.choices = List.copyOf(choices);
        return field;
    }

    /**
     * A reference to another object by its primary key: {@code model} is InvenTree's model name
     * and {@code apiUrl} where a client looks the choices up; the value read is the entity.
     */
    public static FormField related(String name, Class<?> entity, String model, String apiUrl) {
        FormField field = new FormField(name, Type.RELATED);
        field.entity = entity;
        field.model = model;
        field.apiUrl = apiUrl;
        return field;
    }

    /** A field the server fills in: described to clients, ignored when sent. */
    public static FormField readOnly(String name, Type type) {
        FormField field = new FormField(name, type);
        field.readOnly = true;
        return field;
    }

    /** For a list of ids: the entity they name, each of which must exist. */
    public FormField of(Class<?> entity) {
        FormField copy = copy();
        copy.entity = entity;
        return copy;
    }

    /** Text must match the pattern, or the field's error is the message. */
    public FormField matching(String regex, String message) {
        FormField copy = copy();
        copy.pattern = Pattern.compile(regex);
        copy.patternMessage = message;
        return copy;
    }

    /**
     * The longest value the column holds, described to clients as InvenTree describes it, for a
     * field that is not writable free text: a choice stored in a text column (its choices keep
     * values short) or a read-only text. For writable text, {@link #text} sets and checks it.
     */
    public FormField maxLength(int length) {
        FormField copy = copy();
        copy.maxLength = length;
        return copy;
    }

    /**
     * Text must keep a rule of the object it describes, checked with the field's other checks as
     * Django runs a model field's validators: {@code rule} answers the messages of what the value
     * breaks, none when it is fine.
     */
    public FormField checkedBy(Function<String, List<String>> check) {
        FormField copy = copy();
        copy.rule = check;
        return copy;
    }

    public FormField label(String text) {
        FormField copy = copy();
        copy.label = text;
        return copy;
    }

    public FormField help(String text) {
        FormField copy = copy();
        copy.helpText = text;
        return copy;
    }

    public FormField required() {
        FormField copy = copy();
        copy.required = true;
        return copy;
    }

    public FormField nullable() {
        FormField copy = copy();
        copy.allowNull = true;
        return copy;
    }

    public FormField blank() {
        FormField copy = copy();
        copy.allowBlank = true;
        return copy;
    }

    public FormField min(long value) {
        FormField copy = copy();
        copy.minValue = BigDecimal.valueOf(value);
        return copy;
    }

    public FormField max(long value) {
        FormField copy = copy();
        copy.maxValue = BigDecimal.valueOf(value);
        return copy;
    }

    public FormField defaultValue(Object value) {
        FormField copy = copy();
        copy.defaultValue = value;
        return copy;
    }

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    Class<?> entity() {
        return entity;
    }

    /** The DRF metadata of this field, as an OPTIONS answer lists it. */
    public Map<String, Object> describe() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("type", type.wireName());
        info.put("required", required && !readOnly);
        info.put("read_only", readOnly);
        info.put("label", label);
        if (!helpText.isEmpty()) {
            info.put("help_text", helpText);
        }
        if (defaultValue != null) {
            info.put("default", defaultValue);
        }
        if (maxLength != null) {
            info.put("max_length", maxLength);
        }
        if (minValue != null) {
            info.put("min_value", minValue);
        }
        if (maxValue != null) {
            info.put("max_value", maxValue);
        }
        if (type == Type.CHOICE && !readOnly) {
            info.put("choices", choices.stream()
                    .map(choice -> Map.of("value", choice.value(), "display_name", choice.displayName())).toList());
        }
        if (type == Type.RELATED && !readOnly) {
            info.put("model", model);
            info.put("api_url", apiUrl);
            info.put("pk_field", "pk");
            info.put("filters", Map.of());
        }
        if (child != null) {
            info.put("child", Map.of("type", child.wireName(), "required", true, "read_only", false));
        }
        return info;
    }

    /**
     * Converts a value as sent, adding messages to {@code errors} when it breaks the field's rules.
     * Returns the value to use: a trimmed string, Boolean, Long, BigDecimal, LocalDate,
     * OffsetDateTime, a choice's value, a related object's id (checked by the form), a list or a map.
     */
    Object read(JsonNode value, List<String> errors) {
        if (value == null || value.isNull()) {
            if (!allowNull) {
                errors.add("This field may not be null.");
            }
            return null;
        }
        return switch (type) {
            case STRING, EMAIL, URL -> readText(value, errors);
            case BOOLEAN -> readBoolean(value, errors);
            case INTEGER -> readInteger(value, errors);
            case FLOAT, DECIMAL -> readNumber(value, errors);
            case DATE -> readDate(value, errors);
            case DATETIME -> readDateTime(value, errors);
            case CHOICE -> readChoice(value, errors);
            case RELATED -> readKey(value, errors);
            case LIST -> readList(value, child, errors);
            case OBJECT -> readObject(value, errors);
            case FILE, IMAGE -> value.asText();
            case ANY -> JsonMapping.mapper().convertValue(value, Object.class);
        };
    }

    private Object readText(JsonNode value, List<String> errors) {
        if (!anyJson && (!value.isValueNode() || value.isBoolean())) {
            errors.add("Not a valid string.");
            return null;
        }
        String text = (value.isValueNode() ? value.asText() : value.toString()).strip();
        if (text.isEmpty()) {
            if (!allowBlank) {
                errors.add("This field may not be blank.");
            }
            return text;
        }
        if (maxLength != null && text.length() > maxLength) {
            errors.add("Ensure this field has no more than " + maxLength + " characters.");
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            errors.add(patternMessage);
        }
        if (rule != null) {
            errors.addAll(rule.apply(text));
        }
        if (type == Type.EMAIL && !EMAIL.matcher(text).matches()) {
            errors.add("Enter a valid email address.");
        }
        if (type == Type.URL && !URL.matcher(text).matches()) {
            errors.add("Enter a valid URL.");
        }
        return text;
    }

    /** A boolean as DRF reads one ({@code true}, {@code "yes"}, {@code 0}...), or null with the error added. */
    public static Object readBoolean(JsonNode value, List<String> errors) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = value.isValueNode() ? value.asText().strip().toLowerCase(Locale.ROOT) : "";
        return switch (text) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default -> {
                errors.add("Must be a valid boolean.");
                yield null;
            }
        };
    }

    private Object readInteger(JsonNode value, List<String> errors) {
        BigDecimal number = number(value);
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            errors.add("A valid integer is required.");
            return null;
        }
        int before = errors.size();
        checkRange(number, errors);
        if (errors.size() > before) {
            return null;
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException beyondLong) {
            // A field without its own range still cannot hold more than a 64-bit column.
            errors.add("A valid integer is required.");
            return null;
        }
    }

    private Object readNumber(JsonNode value, List<String> errors) {
        BigDecimal number = number(value);
        if (number == null) {
            errors.add("A valid number is required.");
            return null;
        }
        checkRange(number, errors);
        return number;
    }

    private void checkRange(BigDecimal number, List<String> errors) {
        if (minValue != null && number.compareTo(minValue) < 0) {
            errors.add("Ensure this value is greater than or equal to " + minValue.toPlainString() + ".");
        }
        if (maxValue != null && number.compareTo(maxValue) > 0) {
            errors.add("Ensure this value is less than or equal to " + maxValue.toPlainString() + ".");
        }
    }

    private static BigDecimal number(JsonNode value) {
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (!value.isTextual()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText().strip());
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    private static Object readDate(JsonNode value, List<String> errors) {
        try {
            return LocalDate.parse(value.asText().strip());
        } catch (DateTimeParseException wrongFormat) {
            errors.add("Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
            return null;
        }
    }

    private static Object readDateTime(JsonNode value, List<String> errors) {
        String text = value.asText().strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException wrongFormat) {
                errors.add("Datetime has wrong format. Use one of these formats instead: "
                        + "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
                return null;
            }
        }
    }

    private Object readChoice(JsonNode value, List<String> errors) {
        String sent = value.asText();
        for (Choice choice : choices) {
            if (String.valueOf(choice.value()).equals(sent)) {
                return choice.value();
            }
        }
        errors.add("\"" + sent + "\" is not a valid choice.");
        return null;
    }

    private static Object readKey(JsonNode value, List<String> errors) {
        if (value.canConvertToExactIntegral() && value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isTextual() && value.asText().strip().matches("[0-9]{1,18}")) {
            return Long.parseLong(value.asText().strip());
        }
        errors.add("Incorrect type. Expected pk value, received " + pythonTypeOf(value) + ".");
        return null;
    }

    private static Object readList(JsonNode value, Type child, List<String> errors) {
        if (!value.isArray()) {
            errors.add("Expected a list of items but got type \"" + pythonTypeOf(value) + "\".");
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (child != Type.INTEGER) {
                items.add(item.asText());
            } else if (item.canConvertToExactIntegral() || item.asText().strip().matches("-?[0-9]{1,18}")) {
                items.add(item.isNumber() ? item.longValue() : Long.parseLong(item.asText().strip()));
            } else {
                errors.add("A valid integer is required.");
                return null;
            }
        }
        return items;
    }

    private static Object readObject(JsonNode value, List<String> errors) {
        if (!value.isObject()) {
            errors.add("Expected a dictionary of items but got type \"" + pythonTypeOf(value) + "\".");
            return null;
        }
        return JsonMapping.mapper().convertValue(value, Map.class);
    }

    /** How DRF names a wrong type in its messages, since it reports Python's type names. */
    private static String pythonTypeOf(JsonNode value) {
        if (value.isTextual()) {
            return "str";
        }
        if (value.isBoolean()) {
            return "bool";
        }
        if (value.isIntegralNumber()) {
            return "int";
        }
        if (value.isNumber()) {
            return "float";
        }
        if (value.isArray()) {
            return "list";
        }
        return "dict";
    }

    /** "responsible_detail" reads "Responsible detail", as DRF capitalises Django's default verbose names. */
    private static String labelOf(String name) {
        String words = name.replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
