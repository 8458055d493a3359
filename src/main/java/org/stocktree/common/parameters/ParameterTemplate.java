package org.stocktree.common.parameters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * What a parameter is: its name, units, the values it allows (a checkbox, a list of choices, or
 * anything that reads as a quantity of its units) and the models it applies to ({@code null}:
 * any model that takes parameters). InvenTree keeps no rule set for templates: anyone signed in
 * may define them.
 */
@Entity
@Table(name = "part_partparametertemplate")
@ModelType(app = "common", model = "parametertemplate", display = "name")
public class ParameterTemplate extends BaseEntity implements HasMetadata {

    /** InvenTree's uniqueness options for the values of a template's parameters. */
    public static final int UNIQUE_NONE = 0;
    public static final int UNIQUE_PER_MODEL_TYPE = 1;
    public static final int UNIQUE_GLOBALLY = 2;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 25)
    private String units = "";

    @Column(nullable = false, length = 250)
    private String description = "";

    /** The content type the template applies to; null for any. */
    @Column(name = "model_type_id")
    private Long modelTypeId;

    @Column(nullable = false)
    private boolean checkbox;

    @Column(nullable = false, length = 5000)
    private String choices = "";

    /** Selection lists do not exist yet: always null until they do. */
    @Column(name = "selectionlist_id")
    private Long selectionList;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "uniqueness", nullable = false)
    private int unique = UNIQUE_NONE;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected ParameterTemplate() {
    }

    /** A template as an import or a test builds it, before {@link #persistInto}. */
    ParameterTemplate(String name, String units, Long modelTypeId) {
        this.name = name;
        this.units = units == null ? "" : units;
        this.modelTypeId = modelTypeId;
    }

    static ParameterTemplate blank() {
        return new ParameterTemplate();
    }

    /**
     * Applies checked values and InvenTree's rules: a name unique without regard to case, units
     * the unit engine reads, a checkbox has neither units nor choices, choices are unique.
     *
     * @return whether the units changed, so that stored values need their numbers again
     */
    boolean apply(FormValues values, Long newModelTypeId, Units unitEngine, EntityManager em) {
        String newName = values.text("name", name);
        String newUnits = Objects.requireNonNullElse(values.text("units", units), "").strip();
        boolean newCheckbox = values.bool("checkbox", checkbox);
        String newChoices = Objects.requireNonNullElse(values.text("choices", choices), "").strip();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (newName != null && !em.createQuery("select t.id from ParameterTemplate t where lower(t.name) = lower(:name) "
                + "and t.id <> :self", Long.class).setParameter("name", newName)
                .setParameter("self", getId() == null ? -1L : getId()).setMaxResults(1).getResultList().isEmpty()) {
            errors.put("name", List.of("Parameter template name must be unique"));
        }
        try {
            unitEngine.checkUnit(newUnits);
        } catch (UnitError invalid) {
            errors.put("units", List.of(invalid.getMessage()));
        }
        if (newCheckbox && !newUnits.isEmpty()) {
            errors.putIfAbsent("units", List.of("Checkbox parameters cannot have units"));
        }
        if (newCheckbox && !newChoices.isEmpty()) {
            errors.put("choices", List.of("Checkbox parameters cannot have choices"));
        } else if (!uniqueChoices(newChoices)) {
            errors.put("choices", List.of("Choices must be unique"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        boolean unitsChanged = getId() != null && !newUnits.equals(units);
        name = newName;
        units = newUnits;
        description = Objects.requireNonNullElse(values.text("description", description), "");
        modelTypeId = newModelTypeId;
        checkbox = newCheckbox;
        choices = newChoices;
        enabled = values.bool("enabled", enabled);
        unique = values.has("unique") ? ((Number) values.get("unique", 0)).intValue() : unique;
        return unitsChanged;
    }

    private static boolean uniqueChoices(String choices) {
        Set<String> seen = new LinkedHashSet<>();
        for (String choice : choices.split(",")) {
            String trimmed = choice.strip();
            if (!trimmed.isEmpty() && !seen.add(trimmed)) {
                return false;
            }
        }
        return true;
    }

    /** The values a parameter may take, none when any value goes. */
    public List<String> choiceList() {
        List<String> list = new ArrayList<>();
        for (String choice : choices.split(",")) {
            if (!choice.isBlank()) {
                list.add(choice.strip());
            }
        }
        return list;
    }

    public boolean appliesTo(long contentTypeId) {
        return modelTypeId == null || modelTypeId == contentTypeId;
    }

    public String getName() {
        return name;
    }

    public String getUnits() {
        return units;
    }

    public String getDescription() {
        return description;
    }

    public Long getModelTypeId() {
        return modelTypeId;
    }

    public boolean isCheckbox() {
        return checkbox;
    }

    public String getChoices() {
        return choices;
    }

    public Long getSelectionList() {
        return selectionList;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getUnique() {
        return unique;
    }

    void importAs(String description, boolean checkbox, String choices, boolean enabled, int unique) {
        this.description = description;
        this.checkbox = checkbox;
        this.choices = choices;
        this.enabled = enabled;
        this.unique = unique;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
