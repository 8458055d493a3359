package org.stocktree.common;

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
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Submits;

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

    /** One form for every model: it serves objects of many models, so it names none. */
    static final Form FORM = Form.of("Metadata", "Data that plugins and scripts keep on an object.", null,
            FormField.of("metadata", FormField.Type.ANY).required().label("Metadata"));
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
    @Submits
    public MetadataRow replace(@PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return save(find(model, BY_ID, id, "change"), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{model}/{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public MetadataRow merge(@PathParam("model") String model, @PathParam("id") String id, JsonNode body) {
        return save(find(model, BY_ID, id, "change"), body, Form.Mode.PARTIAL);
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
    @Submits
    public MetadataRow replaceBy(@PathParam("model") String model, @PathParam("lookup_field") String field,
            @PathParam("lookup_value") String value, JsonNode body) {
        return save(find(model, field, value, "change"), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{model}/{lookup_field}/{lookup_value}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public MetadataRow mergeBy(@PathParam("model") String model, @PathParam("lookup_field") String field,
            @PathParam("lookup_value") String value, JsonNode body) {
        return save(find(model, field, value, "change"), body, Form.Mode.PARTIAL);
    }

    /** Reads the body through the form: {@code metadata} is required unless merging, and must be a JSON object. */
    private MetadataRow save(HasMetadata object, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        if (values.has("metadata")) {
            Map<String, Object> given = HasMetadata.checked(values.get("metadata", null));
            if (mode == Form.Mode.PARTIAL) {
                object.mergeMetadata(given);
            } else {
                object.replaceMetadata(given);
            }
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
