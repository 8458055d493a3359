package org.stocktree.common.units;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * A unit the server's users define for themselves, in terms of units that exist:
 * {@code fathom = 6 * foot}, optionally with a symbol ({@code ftm}). Once saved it can be used
 * wherever a unit can (part units, parameter values).
 */
@Entity
@Table(name = "common_customunit")
public class CustomUnit extends BaseEntity {

    /** As Python's {@code str.isidentifier}: a letter or underscore, then letters, digits, underscores. */
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{Nd}_]*");

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 10)
    private String symbol = "";

    @Column(nullable = false, length = 50)
    private String definition;

    protected CustomUnit() {
    }

    CustomUnit(String name, String symbol, String definition) {
        this.name = name;
        this.symbol = symbol;
        this.definition = definition;
    }

    /**
     * Applies checked values ({@link CustomUnitResource#FORM} has seen to presence, blanks and
     * lengths), all or none; fields not sent stay as they are. {@code others} is the registry of
     * every unit but this one: the name and symbol must not be units already, and the definition
     * must be an expression of existing units. Uniqueness among custom units ({@code nameTaken},
     * {@code symbolTaken}) is checked by the caller, which can see the other rows.
     */
    void apply(FormValues values, UnitRegistry others, boolean nameTaken, boolean symbolTaken) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String newName = values.text("name", name);
        String newSymbol = values.has("symbol") ? Objects.requireNonNullElse(values.text("symbol", ""), "") : symbol;
        String newDefinition = values.text("definition", definition);
        if (nameTaken) {
            errors.put("name", List.of("Custom Unit with this Name already exists."));
        } else if (!IDENTIFIER.matcher(newName).matches()) {
            errors.put("name", List.of("Unit name must be a valid identifier"));
        } else if (others.defines(newName)) {
            errors.put("name", List.of("Cannot redefine '" + newName + "' (unit)"));
        }
        if (!newSymbol.isEmpty() && symbolTaken) {
            errors.put("symbol", List.of("Unit symbol must be unique"));
        } else if (!newSymbol.isEmpty() && !IDENTIFIER.matcher(newSymbol).matches()) {
            errors.put("symbol", List.of("Unit symbol must be a valid identifier"));
        } else if (!newSymbol.isEmpty() && (others.defines(newSymbol) || newSymbol.equals(newName))) {
            errors.put("symbol", List.of("Cannot redefine '" + newSymbol + "' (unit)"));
        }
        if (errors.isEmpty()) {
            try {
                others.withCustomUnit(newName, newDefinition, newSymbol);
            } catch (UnitError invalid) {
                errors.put("definition", List.of(invalid.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        name = newName;
        symbol = newSymbol;
        definition = newDefinition;
    }

    public String getName() {
        return name;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getDefinition() {
        return definition;
    }
}
