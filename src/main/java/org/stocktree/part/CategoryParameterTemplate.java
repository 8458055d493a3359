package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.parameters.ParameterTemplate;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.User;

/**
 * A parameter template a category proposes, with a default value: new parts of the category (or
 * of a category below it) get a parameter of each, when created with
 * {@code copy_category_parameters}. One per category and template.
 */
@Entity
@Table(name = "part_partcategoryparametertemplate")
@ModelType(app = "part", model = "partcategoryparametertemplate", roles = "part_category")
public class CategoryParameterTemplate extends BaseEntity implements HasMetadata {

    static final String UNIQUE_TOGETHER = "The fields category, template must make a unique set.";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private PartCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ParameterTemplate template;

    @Column(name = "default_value", nullable = false, length = 500)
    private String defaultValue = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected CategoryParameterTemplate() {
    }

    static CategoryParameterTemplate blank() {
        return new CategoryParameterTemplate();
    }

    /**
     * Applies checked values: one row per category and template, and a default value that reads
     * as a quantity of the template's units (while {@code PARAMETER_ENFORCE_UNITS} is on).
     */
    void apply(FormValues values, boolean enforceUnits, Units units, EntityManager em) {
        PartCategory newCategory = values.entity("category", PartCategory.class, category);
        ParameterTemplate newTemplate = values.entity("template", ParameterTemplate.class, template);
        String newDefault = Objects.requireNonNullElse(values.text("default_value", defaultValue), "").strip();
        if (!em.createQuery("select t.id from CategoryParameterTemplate t where t.category = :category "
                        + "and t.template = :template and t.id <> :self", Long.class)
                .setParameter("category", newCategory).setParameter("template", newTemplate)
                .setParameter("self", getId() == null ? -1L : getId()).setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.general(UNIQUE_TOGETHER);
        }
        if (!newDefault.isEmpty() && enforceUnits && !newTemplate.getUnits().isEmpty()) {
            try {
                units.convert(newDefault, newTemplate.getUnits());
            } catch (UnitError invalid) {
                throw FieldErrors.of("default_value", invalid.getMessage());
            }
        }
        category = newCategory;
        template = newTemplate;
        defaultValue = newDefault;
    }

    /**
     * Gives a new part a parameter of every template its category and the categories above it
     * propose, with their default values, as InvenTree does: from the root down, a template the
     * part already has a value of is skipped. One statement reads the templates of the whole path.
     */
    static void copyInto(Part part, User creator, Parameters parameters, EntityManager em) {
        PartCategory category = part.getCategory();
        if (category == null) {
            return;
        }
        List<Long> path = new ArrayList<>();
        for (String id : category.treePath().value().split("/")) {
            if (!id.isEmpty()) {
                path.add(Long.parseLong(id));
            }
        }
        List<CategoryParameterTemplate> proposed = em.createQuery("select t from CategoryParameterTemplate t "
                        + "join fetch t.template join fetch t.category where t.category.id in :path order by t.category.level, t.id",
                CategoryParameterTemplate.class).setParameter("path", path).getResultList();
        for (CategoryParameterTemplate template : proposed) {
            parameters.add(PartResource.MODEL, part.getId(), template.getTemplate(), template.getDefaultValue(), creator);
        }
    }

    public PartCategory getCategory() {
        return category;
    }

    public ParameterTemplate getTemplate() {
        return template;
    }

    public String getDefaultValue() {
        return defaultValue;
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
