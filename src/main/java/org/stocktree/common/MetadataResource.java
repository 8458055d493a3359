package org.stocktree.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.JsonMapping;

/**
 * {@code /api/metadata/{model}/{id}/} and {@code /api/metadata/{model}/{lookup_field}/{lookup_value}/}:
 * the metadata of any registered model type that carries it. GET reads, PUT replaces, PATCH sets
 * the keys given and keeps the others.
 *
 * <p>Access depends on the model named in the path, so it is checked here rather than declared:
 * the view permission (GET) or change permission (PUT, PATCH) in a role guarding the model. It is
 * checked before the object is looked up, and objects can only be looked up by their id or by the
 * unique fields the model declares, so the answers never tell a caller without access anything
 * about the rows.
 */
@Path("metadata")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class MetadataResource {

    record MetadataRow(Map<String, Object> metadata) {
    }

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final String BY_ID = "pk";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes contentTypes;

    @Context
    SecurityContext security;

    @GET
    @Path("{model}/{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow read(@PathParam("model") String model, @PathParam("id") String id) {
        return new MetadataRow(find(model, BY_ID, id, "view").getMetadata());
    }

    @PUT
    @Path("{model}/{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow replace(@PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return save(find(model, BY_ID, id, "change"), body, true);
    }

    @PATCH
    @Path("{model}/{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow merge(@PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return save(find(model, BY_ID, id, "change"), body, false);
    }

    @GET
    @Path("{model}/{lookup_field}/{lookup_value}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow readBy(@PathParam("model") String model, @PathParam("lookup_field") String field,
            @PathParam("lookup_value") String value) {
        return new MetadataRow(find(model, field, value, "view").getMetadata());
    }

    @PUT
    @Path("{model}/{lookup_field}/{lookup_value}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow replaceBy(@PathParam("model") String model, @PathParam("lookup_field") String field,
            @PathParam("lookup_value") String value, JsonNode body) {
        return save(find(model, field, value, "change"), body, true);
    }

    @PATCH
    @Path("{model}/{lookup_field}/{lookup_value}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public MetadataRow mergeBy(@PathParam("model") String model, @PathParam("lookup_field") String field,
            @PathParam("lookup_value") String value, JsonNode body) {
        return save(find(model, field, value, "change"), body, false);
    }

    /** Reads the body: {@code metadata} must be a JSON object, and is required unless merging. */
    private static MetadataRow save(HasMetadata object, JsonNode body, boolean replace) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary.");
        }
        JsonNode metadata = body.get("metadata");
        if (metadata == null) {
            if (replace) {
                throw FieldErrors.of("metadata", "This field is required.");
            }
            return new MetadataRow(object.getMetadata());
        }
        if (!metadata.isObject()) {
            throw FieldErrors.of("metadata", "Metadata must be a JSON object.");
        }
        Map<String, Object> given = JsonMapping.mapper().convertValue(metadata, OBJECT);
        if (replace) {
            object.replaceMetadata(given);
        } else {
            object.mergeMetadata(given);
        }
        return new MetadataRow(object.getMetadata());
    }

    /**
     * The object, once the model is known to carry metadata and the caller may use the permission
     * on it: 404 for an unknown model, 403 without the permission, 404 for no such object.
     */
    private HasMetadata find(String model, String field, String value, String permission) {
        ContentTypes.Entry type = contentTypes.byModel(model).filter(ContentTypes.Entry::hasMetadata)
                .orElseThrow(NotFoundException::new);
        if (!type.permits(security::isUserInRole, permission)) {
            throw new ForbiddenException("You do not have permission to perform this action.");
        }
        String attribute = BY_ID.equals(field) || "id".equals(field) ? "id" : field;
        if (!"id".equals(attribute) && !type.lookupFields().contains(attribute)) {
            throw new NotFoundException();
        }
        List<?> found = lookUp(type.entity(), attribute, value);
        if (found.size() != 1) {
            throw new NotFoundException();
        }
        return (HasMetadata) found.get(0);
    }

    private <E> List<E> lookUp(Class<E> entity, String attribute, String value) {
        Class<?> javaType = em.getMetamodel().entity(entity).getAttribute(attribute).getJavaType();
        Object typed = value;
        if (javaType == Long.class || javaType == long.class || javaType == Integer.class || javaType == int.class) {
            boolean wide = javaType == Long.class || javaType == long.class;
            if (!value.matches(wide ? "[0-9]{1,18}" : "[0-9]{1,9}")) {
                return List.of();
            }
            typed = wide ? (Object) Long.valueOf(value) : Integer.valueOf(value);
        }
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<E> query = builder.createQuery(entity);
        Root<E> root = query.from(entity);
        query.select(root).where(builder.equal(root.get(attribute), typed));
        return em.createQuery(query).setMaxResults(2).getResultList();
    }
}
