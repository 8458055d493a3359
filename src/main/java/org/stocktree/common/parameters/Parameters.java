package org.stocktree.common.parameters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stocktree.common.ContentTypes;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.users.User;

/**
 * The rules of parameters: which objects take them, who may see and change them, what values a
 * template allows, and the number each value stands for.
 *
 * <p>Who may do what follows the object a parameter belongs to, through the roles guarding its
 * model type: view to see its parameters, change to add or edit them, delete to delete them. An
 * object may refuse changes to its parameters altogether ({@link HasParameters}), as a locked part
 * does. Features call {@link #removeAll} when they delete an object, and read the parameters of a
 * page of objects with {@link #rowsOf}.
 */
@ApplicationScoped
@Transactional
public class Parameters {

    static final String UNIQUE_TOGETHER = "The fields model_type, model_id, template must make a unique set.";
    private static final List<String> TRUE_WORDS = List.of("true", "1", "yes", "y", "on", "t");
    private static final List<String> FALSE_WORDS = List.of("false", "0", "no", "n", "off", "f");

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    Units units;

    @Inject
    GlobalSettings settings;

    /** A content type as the API names it: {@code part.part}. */
    static String label(ContentTypes types, long contentTypeId) {
        return types.byId(contentTypeId).map(type -> type.appLabel() + "." + type.model())
                .orElse(String.valueOf(contentTypeId));
    }

    /**
     * The content type a client names, as InvenTree reads it: an id, {@code app.model}, or a
     * model name.
     */
    Optional<ContentTypes.Entry> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String text = name.strip().toLowerCase(Locale.ROOT);
        if (text.matches("[0-9]+")) {
            return types.byId(Long.parseLong(text));
        }
        String[] parts = text.split("\\.");
        if (parts.length == 2) {
            return types.byModel(parts[1]).filter(type -> type.appLabel().equals(parts[0]));
        }
        return types.byModel(text);
    }

    /** The type objects of which take parameters, by the name given, or a 400 on {@code field}. */
    ContentTypes.Entry parameterType(String name, String field) {
        return resolve(name).filter(Parameters::takesParameters)
                .orElseThrow(() -> FieldErrors.of(field, "Model type does not support parameters"));
    }

    static boolean takesParameters(ContentTypes.Entry type) {
        return type.entity() != null && HasParameters.class.isAssignableFrom(type.entity());
    }

    /** The content type ids whose parameters the caller may see; null for all (superusers). */
    List<Long> viewableTypes(SecurityContext security) {
        if (security.isUserInRole(ServerRole.SUPERUSER)) {
            return null;
        }
        return types.all().stream().filter(Parameters::takesParameters)
                .filter(type -> type.permits(security::isUserInRole, "view")).map(ContentTypes.Entry::id).toList();
    }

    void require(long contentTypeId, SecurityContext security, String permission) {
        boolean permitted = types.byId(contentTypeId).filter(Parameters::takesParameters)
                .map(type -> type.permits(security::isUserInRole, permission))
                .orElseGet(() -> security.isUserInRole(ServerRole.SUPERUSER));
        if (!permitted) {
            throw new ForbiddenException("You do not have permission to perform this action.");
        }
    }

    /**
     * Stores a checked parameter: the object must exist and accept the change, the template apply
     * to its type, the value suit the template, and the template have no other value for it.
     */
    void store(Parameter parameter, ContentTypes.Entry type, long modelId, ParameterTemplate template, String data,
            String note, User editor) {
        Object object = em.find(type.entity(), modelId);
        if (object == null) {
            throw FieldErrors.of("model_id", "Invalid pk \"" + modelId + "\" - object does not exist.");
        }
        refuseIfLocked(object, false);
        if (!template.appliesTo(type.id())) {
            throw FieldErrors.of("template", "Parameter template does not apply to this model type");
        }
        Parameter.Value value = value(template, data);
        if (!em.createQuery("select p.id from Parameter p where p.modelTypeId = :type and p.modelId = :id "
                        + "and p.template = :template and p.id <> :self", Long.class)
                .setParameter("type", type.id()).setParameter("id", modelId).setParameter("template", template)
                .setParameter("self", parameter.getId() == null ? -1L : parameter.getId())
                .setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.general(UNIQUE_TOGETHER);
        }
        requireUniqueValue(parameter, type.id(), template, value);
        parameter.set(type.id(), modelId, template, value, note, editor);
        if (parameter.getId() == null) {
            em.persist(parameter);
        }
    }

    /** Deletes a parameter, unless its object refuses. */
    void delete(Parameter parameter) {
        types.byId(parameter.getModelTypeId()).filter(ContentTypes.Entry::hasEntity)
                .map(type -> em.find(type.entity(), parameter.getModelId()))
                .ifPresent(object -> refuseIfLocked(object, true));
        em.remove(parameter);
    }

    private void refuseIfLocked(Object object, boolean deleting) {
        if (object instanceof HasParameters owner) {
            String refusal = owner.refusesParameterChange(settings, deleting);
            if (refusal != null) {
                throw FieldErrors.general(refusal);
            }
        }
    }

    /**
     * Checks a value against its template, as InvenTree does: a checkbox takes a boolean (stored
     * as {@code True} or {@code False}), a template with choices one of them, a template with
     * units a quantity convertible to them (unless {@code PARAMETER_ENFORCE_UNITS} is off). The
     * number is the value in the template's units, or the plain number for a template without.
     */
    Parameter.Value value(ParameterTemplate template, String data) {
        String text = data == null ? "" : data.strip();
        if (template.isCheckbox()) {
            String word = text.toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return new Parameter.Value("True", 1.0);
            }
            if (FALSE_WORDS.contains(word)) {
                return new Parameter.Value("False", 0.0);
            }
            throw FieldErrors.of("data", "Must be a valid boolean.");
        }
        List<String> choices = template.choiceList();
        if (!choices.isEmpty() && !choices.contains(text)) {
            throw FieldErrors.of("data", "Invalid choice for parameter value");
        }
        if (!template.getUnits().isEmpty() && settings.bool("PARAMETER_ENFORCE_UNITS")) {
            try {
                units.convert(text, template.getUnits());
            } catch (UnitError invalid) {
                throw FieldErrors.of("data", invalid.getMessage());
            }
        }
        return new Parameter.Value(text, numeric(template, text));
    }

    /** The value as a number in the template's units; null when it reads as none. */
    Double numeric(ParameterTemplate template, String text) {
        if (template.isCheckbox()) {
            return TRUE_WORDS.contains(text.strip().toLowerCase(Locale.ROOT)) ? 1.0 : 0.0;
        }
        double number;
        try {
            number = template.getUnits().isEmpty() ? Double.parseDouble(text.strip())
                    : units.convert(text, template.getUnits());
        } catch (NumberFormatException | UnitError notANumber) {
            return null;
        }
        return Double.isFinite(number) ? number : null;
    }

    /**
     * A template's uniqueness option: no other parameter of the template (of the same model type,
     * or of any) may hold the same value, compared without case, or as the same quantity where
     * the template has units.
     */
    private void requireUniqueValue(Parameter parameter, long typeId, ParameterTemplate template, Parameter.Value value) {
        if (template.getUnique() == ParameterTemplate.UNIQUE_NONE) {
            return;
        }
        StringBuilder query = new StringBuilder("select p.id from Parameter p where p.template = :template "
                + "and p.id <> :self and (lower(p.data) = :data");
        if (value.numeric() != null && !template.getUnits().isEmpty()) {
            query.append(" or (p.dataNumeric is not null and abs(p.dataNumeric - :number) <= :tolerance)");
        }
        query.append(')');
        if (template.getUnique() == ParameterTemplate.UNIQUE_PER_MODEL_TYPE) {
            query.append(" and p.modelTypeId = :type");
        }
        var found = em.createQuery(query.toString(), Long.class).setParameter("template", template)
                .setParameter("self", parameter.getId() == null ? -1L : parameter.getId())
                .setParameter("data", value.data().toLowerCase(Locale.ROOT));
        if (value.numeric() != null && !template.getUnits().isEmpty()) {
            found.setParameter("number", value.numeric())
                    .setParameter("tolerance", Math.max(1.0, Math.abs(value.numeric())) * 1e-9);
        }
        if (template.getUnique() == ParameterTemplate.UNIQUE_PER_MODEL_TYPE) {
            found.setParameter("type", typeId);
        }
        if (!found.setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.of("data", "Parameter value must be unique");
        }
    }

    /** Gives every parameter of the template its number again, once the template's units changed. */
    void renumber(ParameterTemplate template) {
        em.createQuery("select p from Parameter p where p.template = :template", Parameter.class)
                .setParameter("template", template).getResultList()
                .forEach(parameter -> parameter.renumber(numeric(template, parameter.getData())));
    }

    /**
     * Adds a parameter to an object without the checks a request gets, as InvenTree copies a
     * category's templates into a new part: unless the object has a value of the template already.
     */
    public void add(String model, long modelId, ParameterTemplate template, String data, User editor) {
        long typeId = typeOf(model);
        boolean present = !em.createQuery("select p.id from Parameter p where p.modelTypeId = :type and p.modelId = :id "
                        + "and p.template = :template", Long.class).setParameter("type", typeId)
                .setParameter("id", modelId).setParameter("template", template).setMaxResults(1).getResultList().isEmpty();
        if (!present) {
            Parameter parameter = new Parameter(typeId, modelId, template);
            String text = data == null ? "" : data.strip();
            parameter.set(typeId, modelId, template, new Parameter.Value(text, numeric(template, text)), "", editor);
            em.persist(parameter);
            em.flush();
        }
    }

    /**
     * Gives one object the parameters of another of the same model, as a duplicated part gets
     * its original's: values it has of a template already stay.
     */
    public void copyAll(String model, long fromId, long toId, User editor) {
        List<Parameter> originals = em.createQuery("select p from Parameter p join fetch p.template "
                        + "where p.modelTypeId = :type and p.modelId = :id order by p.id", Parameter.class)
                .setParameter("type", typeOf(model)).setParameter("id", fromId).getResultList();
        for (Parameter original : originals) {
            add(model, toId, original.getTemplate(), original.getData(), editor);
        }
    }

    /** Deletes every parameter of one object, for features to call when they delete it. */
    public void removeAll(String model, long modelId) {
        em.createQuery("delete from Parameter p where p.modelTypeId = :type and p.modelId = :id")
                .setParameter("type", typeOf(model)).setParameter("id", modelId).executeUpdate();
    }

    /** Deletes every parameter of many objects of one model, in one statement. */
    public void removeAll(String model, Collection<Long> modelIds) {
        if (!modelIds.isEmpty()) {
            em.createQuery("delete from Parameter p where p.modelTypeId = :type and p.modelId in :ids")
                    .setParameter("type", typeOf(model)).setParameter("ids", modelIds).executeUpdate();
        }
    }

    /** The parameters of many objects of one model, by object id, read in one statement. */
    public Map<Long, List<ParameterRows.ParameterRow>> rowsOf(String model, Collection<Long> ids) {
        Map<Long, List<ParameterRows.ParameterRow>> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        em.createQuery("select p from Parameter p join fetch p.template left join fetch p.updatedBy "
                        + "where p.modelTypeId = :type and p.modelId in :ids order by p.template.name, p.id", Parameter.class)
                .setParameter("type", typeOf(model)).setParameter("ids", ids).getResultList()
                .forEach(parameter -> rows.computeIfAbsent(parameter.getModelId(), id -> new java.util.ArrayList<>())
                        .add(ParameterRows.ParameterRow.of(parameter, types)));
        return rows;
    }

    /**
     * The templates of those ids that exist, by id, read in one statement: a list filtering by
     * several templates' values costs one statement for them all.
     */
    public Map<Long, ParameterTemplate> templates(Collection<Long> ids) {
        Map<Long, ParameterTemplate> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from ParameterTemplate t where t.id in :ids", ParameterTemplate.class)
                    .setParameter("ids", ids).getResultList().forEach(template -> found.put(template.getId(), template));
        }
        return found;
    }

    /**
     * Keeps objects of the model by one template's value, as InvenTree's {@code parameter_<id>}
     * filters do ({@code op}: blank for equal, or gt, gte, lt, lte, ne, icontains): a number or a
     * quantity compares with the values' numbers, other text with the text; objects without a
     * value of the template never match, except for {@code ne}.
     */
    public <E> ListQuery.QueryFilter<E> valueFilter(String model, ParameterTemplate template, String value, String op) {
        long typeId = typeOf(model);
        ValueMatch match = ValueMatch.of(template, value, op, text -> numeric(template, text));
        return (builder, root, query) -> {
            if (match.impossible()) {
                return builder.disjunction();
            }
            var sub = query.subquery(Long.class);
            var parameter = sub.from(Parameter.class);
            sub.select(parameter.get("id")).where(builder.equal(parameter.get("modelTypeId"), typeId),
                    builder.equal(parameter.get("modelId"), root.get("id")),
                    builder.equal(parameter.get("template").get("id"), template.getId()),
                    match.condition(builder, parameter));
            return match.inverted() ? builder.not(builder.exists(sub)) : builder.exists(sub);
        };
    }

    /**
     * Orders objects by one template's value, as InvenTree's {@code ordering=parameter_<id>}:
     * objects with a value first (in either direction), then by the value's number, then its text.
     */
    public <E> ListQuery.Sort<E> valueOrder(String model, long templateId, boolean descending) {
        long typeId = typeOf(model);
        return (builder, root, query) -> {
            var numeric = query.subquery(Double.class);
            var byNumber = numeric.from(Parameter.class);
            numeric.select(byNumber.get("dataNumeric")).where(builder.equal(byNumber.get("modelTypeId"), typeId),
                    builder.equal(byNumber.get("modelId"), root.get("id")),
                    builder.equal(byNumber.get("template").get("id"), templateId));
            var text = query.subquery(String.class);
            var byText = text.from(Parameter.class);
            text.select(byText.get("data")).where(builder.equal(byText.get("modelTypeId"), typeId),
                    builder.equal(byText.get("modelId"), root.get("id")),
                    builder.equal(byText.get("template").get("id"), templateId));
            var present = builder.<Integer>selectCase().when(builder.isNull(text), 1).otherwise(0);
            return List.of(builder.asc(present),
                    descending ? builder.desc(builder.coalesce(numeric, 0.0)) : builder.asc(builder.coalesce(numeric, 0.0)),
                    descending ? builder.desc(builder.coalesce(text, "")) : builder.asc(builder.coalesce(text, "")));
        };
    }

    private long typeOf(String model) {
        return types.byModel(model).map(ContentTypes.Entry::id)
                .orElseThrow(() -> new IllegalArgumentException("No model type " + model));
    }
}
