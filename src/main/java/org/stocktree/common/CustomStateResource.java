package org.stocktree.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;

/** {@code /api/generic/status/custom/}: anyone signed in reads custom states; staff manage them. */
@Path("generic/status/custom")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CustomStateResource {

    record Row(long pk, long key, String name, String label, String color,
            @JsonProperty("logical_key") long logicalKey, Long model,
            @JsonProperty("model_name") String modelName,
            @JsonProperty("reference_status") String referenceStatus) {
        static Row of(CustomState state) {
            ContentType model = state.getModel();
            return new Row(state.getId(), state.getKey(), state.getName(), state.getLabel(), state.getColor(),
                    state.getLogicalKey(), model == null ? null : model.getId(), model == null ? "" : model.getName(),
                    state.getReferenceStatus());
        }
    }

    private static final List<String> REQUIRED = List.of("key", "name", "label", "logical_key", "reference_status");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("search") String search, @QueryParam("ordering") String ordering) {
        ListQuery<CustomState> query = ListQuery.of(em, CustomState.class).including("model")
                .search(search, "stateKey", "name", "label", "referenceStatus")
                .orderBy(ordering, Map.of("key", "stateKey"), null);
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("model").ifPresent(model -> {
            if (em.find(ContentType.class, model) == null) {
                throw FieldErrors.of("model", "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("model").get("id"), model));
        });
        filters.text("reference_status")
                .ifPresent(status -> query.filter((builder, root) -> builder.equal(root.get("referenceStatus"), status)));
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    public Response create(JsonNode body) {
        CustomState state = CustomState.blank();
        save(state, body, true);
        em.persist(state);
        return Response.status(Response.Status.CREATED).entity(Row.of(state)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        return Row.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Row replace(@PathParam("id") long id, JsonNode body) {
        CustomState state = find(id);
        save(state, body, true);
        return Row.of(state);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Row update(@PathParam("id") long id, JsonNode body) {
        CustomState state = find(id);
        save(state, body, false);
        return Row.of(state);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    /**
     * Reads the body field by field over the stored state (a full write must name every required
     * field), collecting type errors, then lets the state check and take it.
     */
    private void save(CustomState state, JsonNode body, boolean full) {
        JsonNode fields = body == null ? NullNode.instance : body;
        if (!fields.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary.");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (full) {
            REQUIRED.stream().filter(name -> !fields.has(name))
                    .forEach(name -> errors.put(name, new ArrayList<>(List.of("This field is required."))));
        }
        CustomState.Values stored = state.values();
        CustomState.Values candidate = new CustomState.Values(
                text(fields, "reference_status", stored.referenceStatus(), errors),
                integer(fields, "logical_key", stored.logicalKey(), errors),
                integer(fields, "key", stored.key(), errors),
                text(fields, "name", stored.name(), errors),
                text(fields, "label", stored.label(), errors),
                text(fields, "color", stored.color(), errors),
                model(fields, stored.model(), errors));
        state.apply(candidate, errors, new CustomState.Taken() {
            @Override
            public boolean key(String referenceStatus, long key) {
                return taken("stateKey", referenceStatus, key, state);
            }

            @Override
            public boolean name(String referenceStatus, String name) {
                return taken("name", referenceStatus, name, state);
            }
        });
    }

    private boolean taken(String attribute, String referenceStatus, Object value, CustomState self) {
        return !em.createQuery("select s.id from CustomState s where s.referenceStatus = :status and s." + attribute
                        + " = :value and s.id <> :self", Long.class)
                .setParameter("status", referenceStatus)
                .setParameter("value", value)
                .setParameter("self", self.getId() == null ? -1L : self.getId())
                .getResultList().isEmpty();
    }

    private static String text(JsonNode fields, String name, String stored, Map<String, List<String>> errors) {
        JsonNode value = fields.get(name);
        if (value == null) {
            return stored;
        }
        if (value.isNull()) {
            errors.put(name, new ArrayList<>(List.of("This field may not be null.")));
            return null;
        }
        if (!value.isValueNode()) {
            errors.put(name, new ArrayList<>(List.of("Not a valid string.")));
            return null;
        }
        return value.asText().strip();
    }

    private static Long integer(JsonNode fields, String name, Long stored, Map<String, List<String>> errors) {
        JsonNode value = fields.get(name);
        if (value == null) {
            return stored;
        }
        if (value.isNull()) {
            errors.put(name, new ArrayList<>(List.of("This field may not be null.")));
            return null;
        }
        try {
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                return value.longValue();
            }
            if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
                return value.decimalValue().toBigIntegerExact().longValueExact();
            }
            if (value.isTextual()) {
                return new BigInteger(value.asText().strip()).longValueExact();
            }
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
            // answered below
        }
        errors.put(name, new ArrayList<>(List.of("A valid integer is required.")));
        return null;
    }

    private ContentType model(JsonNode fields, ContentType stored, Map<String, List<String>> errors) {
        JsonNode value = fields.get("model");
        if (value == null) {
            return stored;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() && !(value.isTextual() && value.asText().strip().matches("[0-9]{1,18}"))) {
            errors.put("model", new ArrayList<>(List.of("Incorrect type. Expected pk value, received "
                    + (value.isTextual() ? "str" : value.getNodeType().name().toLowerCase()) + ".")));
            return null;
        }
        long id = value.isTextual() ? Long.parseLong(value.asText().strip()) : value.asLong();
        ContentType model = em.find(ContentType.class, id);
        if (model == null) {
            errors.put("model", new ArrayList<>(List.of("Invalid pk \"" + id + "\" - object does not exist.")));
        }
        return model;
    }

    private CustomState find(long id) {
        return BaseEntity.require(em, CustomState.class, id);
    }
}
