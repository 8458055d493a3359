package org.stocktree.common.parameters;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stocktree.common.ContentTypes;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.QueryFilters;

/**
 * The filters of {@code /api/parameter/template/}, as InvenTree's template filter set names them.
 * The {@code exists_for_...} filters read the ids of the templates in use first (one statement),
 * so the page statement stays one.
 */
final class ParameterTemplateFilters {

    static final Map<String, String> ORDERING = Map.of("name", "name", "units", "units", "checkbox", "checkbox");

    private ParameterTemplateFilters() {
    }

    static ListQuery<ParameterTemplate> apply(ListQuery<ParameterTemplate> query, UriInfo uri, EntityManager em,
            Parameters parameters) {
        QueryFilters filters = QueryFilters.of(uri);
        filters.text("name").ifPresent(name -> query.filter((builder, root) -> builder.equal(root.get("name"), name)));
        filters.text("units").ifPresent(units -> query.filter((builder, root) -> builder.equal(root.get("units"), units)));
        filters.bool("checkbox").ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("checkbox"), value)));
        filters.bool("enabled").ifPresent(value -> query.filter((builder, root) -> builder.equal(root.get("enabled"), value)));
        filters.bool("has_choices").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("choices")) : builder.not(hasText(builder, root.get("choices")))));
        filters.bool("has_units").ifPresent(value -> query.filter((builder, root) ->
                value ? hasText(builder, root.get("units")) : builder.not(hasText(builder, root.get("units")))));
        filters.text("unique").ifPresent(unique -> {
            if (!List.of("0", "1", "2").contains(unique.strip())) {
                throw FieldErrors.of("unique", "Select a valid choice. " + unique + " is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("unique"), Integer.parseInt(unique.strip())));
        });
        filters.text("model_type").ifPresent(name -> {
            long type = contentType(parameters, name, "model_type");
            query.filter((builder, root) -> builder.equal(root.get("modelTypeId"), type));
        });
        filters.text("for_model").ifPresent(name -> {
            long type = contentType(parameters, name, "for_model");
            query.filter((builder, root) -> builder.or(builder.isNull(root.get("modelTypeId")),
                    builder.equal(root.get("modelTypeId"), type)));
        });
        filters.text("exists_for_model").ifPresent(name -> {
            Optional<ContentTypes.Entry> type = parameters.resolve(name);
            List<Long> used = type.map(found -> templatesInUse(em, found, uri, filters)).orElse(List.of());
            query.filter((builder, root) -> used.isEmpty() ? builder.disjunction() : root.get("id").in(used));
        });
        return query;
    }

    /**
     * The templates with a value for an object of that type: any object, the one object
     * {@code exists_for_model_id} names, or the objects whose related object
     * {@code exists_for_related_model} is {@code exists_for_related_model_id} (or below it, where
     * the related objects form a tree, as categories do).
     */
    private static List<Long> templatesInUse(EntityManager em, ContentTypes.Entry type, UriInfo uri, QueryFilters filters) {
        StringBuilder jpql = new StringBuilder("select distinct p.template.id from Parameter p");
        Optional<Long> objectId = number(filters, "exists_for_model_id");
        Optional<String> related = filters.text("exists_for_related_model");
        Optional<Long> relatedId = number(filters, "exists_for_related_model_id");
        String relatedPattern = null;
        if (related.isPresent() && relatedId.isPresent() && type.hasEntity()) {
            EntityType<?> entity = em.getMetamodel().entity(type.entity());
            SingularAttribute<?, ?> association = association(entity, related.get().strip());
            Object target = em.find(association.getJavaType(), relatedId.get());
            if (target == null) {
                return List.of();
            }
            boolean tree = em.getMetamodel().entity(association.getJavaType()).getAttributes().stream()
                    .anyMatch(attribute -> attribute.getName().equals("treePath"));
            jpql.append(", ").append(entity.getName()).append(" e where e.id = p.modelId and ");
            if (tree) {
                relatedPattern = (String) em.createQuery("select r.treePath from " + em.getMetamodel()
                                .entity(association.getJavaType()).getName() + " r where r.id = :id")
                        .setParameter("id", relatedId.get()).getSingleResult() + "%";
                jpql.append("e.").append(association.getName()).append(".treePath like :pattern");
            } else {
                jpql.append("e.").append(association.getName()).append(".id = :related");
            }
        } else {
            jpql.append(" where 1 = 1");
        }
        jpql.append(" and p.modelTypeId = :type");
        objectId.ifPresent(id -> jpql.append(" and p.modelId = :object"));
        var query = em.createQuery(jpql.toString(), Long.class).setParameter("type", type.id());
        objectId.ifPresent(id -> query.setParameter("object", id));
        if (relatedPattern != null) {
            query.setParameter("pattern", relatedPattern);
        } else if (jpql.indexOf(":related") >= 0) {
            query.setParameter("related", relatedId.get());
        }
        return query.getResultList();
    }

    /** A to-one association of the entity by its attribute name; anything else is a 400, never a path into the model. */
    private static SingularAttribute<?, ?> association(EntityType<?> entity, String name) {
        for (Attribute<?, ?> attribute : entity.getAttributes()) {
            if (attribute.getName().equals(name) && attribute instanceof SingularAttribute<?, ?> singular
                    && attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE) {
                return singular;
            }
        }
        throw FieldErrors.of("exists_for_related_model", "Invalid related model: " + name);
    }

    /** A number filter (the schema types these as numbers); anything else is a 400. */
    private static Optional<Long> number(QueryFilters filters, String name) {
        return filters.text(name).map(text -> {
            try {
                return (long) Double.parseDouble(text.strip());
            } catch (NumberFormatException notANumber) {
                throw FieldErrors.of(name, "Enter a number.");
            }
        });
    }

    private static long contentType(Parameters parameters, String name, String filter) {
        return parameters.resolve(name).map(ContentTypes.Entry::id)
                .orElseThrow(() -> FieldErrors.of(filter, "Invalid content type: " + name));
    }

    private static Predicate hasText(CriteriaBuilder builder, Expression<String> text) {
        return builder.and(builder.isNotNull(text), builder.notEqual(text, ""));
    }
}
