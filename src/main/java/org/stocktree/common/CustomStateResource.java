package org.stocktree.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Arrays;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

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

    static final Form FORM = Form.of("Custom State", "Status values users add to a status class.",
            "inventreecustomuserstatemodel",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.integer("key").required().min(Long.MIN_VALUE).max(Long.MAX_VALUE).label("Value")
                    .help("Numerical value that will be saved in the models database"),
            FormField.text("name", CustomState.MAX_LENGTH).required().checkedBy(CustomState::nameProblems).label("Name")
                    .help("Name of the state"),
            FormField.text("label", CustomState.MAX_LENGTH).required().label("Label")
                    .help("Label that will be displayed in the frontend"),
            FormField.choice("color", Arrays.stream(StatusColor.values())
                            .map(color -> new FormField.Choice(color.key(), color.key())).toList())
                    .maxLength(10).defaultValue(StatusColor.SECONDARY.key()).label("Color")
                    .help("Color that will be displayed in the frontend"),
            FormField.integer("logical_key").required().min(Long.MIN_VALUE).max(Long.MAX_VALUE).label("Logical Key")
                    .help("State logical key that is equal to this custom state in business logic"),
            FormField.related("model", ContentType.class, "contenttype", "/api/contenttype/").nullable()
                    .label("Model").help("Model this state is associated with"),
            FormField.readOnly("model_name", FormField.Type.STRING),
            FormField.choice("reference_status", StatusClasses.referenceable().stream()
                            .map(status -> new FormField.Choice(status, status)).toList())
                    .required().maxLength(CustomState.MAX_LENGTH).label("Reference Status Set")
                    .help("Status set that is extended with this custom state"));

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<CustomState> query = ListQuery.of(em, CustomState.class).including("model")
                .search(QueryFilters.of(uri).search(), "stateKey", "name", "label", "referenceStatus")
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
    @Submits
    public Response create(JsonNode body) {
        CustomState state = CustomState.blank();
        save(state, body, Form.Mode.CREATE);
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
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        CustomState state = find(id);
        save(state, body, Form.Mode.REPLACE);
        return Row.of(state);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        CustomState state = find(id);
        save(state, body, Form.Mode.PARTIAL);
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
     * Reads the body through the form, then lets the state check the result against its status
     * class and take it.
     */
    private void save(CustomState state, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        state.apply(state.valuesWith(values), Map.of(), new CustomState.Taken() {
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

    private CustomState find(long id) {
        return BaseEntity.require(em, CustomState.class, id);
    }
}
