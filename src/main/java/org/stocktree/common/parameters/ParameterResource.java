package org.stocktree.common.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.stocktree.common.ContentTypes;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/parameter/}: parameter values of objects of any model type that takes them. Any
 * signed-in caller may call it (the schema's {@code g:read}); what they may do depends on the
 * object a parameter belongs to, as in InvenTree: its model's view permission to see parameters,
 * change to add or edit them, delete to delete them.
 */
@Path("parameter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ParameterResource {

    static final Form FORM = Form.of("Parameter", "A parameter value of one object, following a template.", "parameter",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("template", ParameterTemplate.class, "parametertemplate", "/api/parameter/template/")
                    .required().label("Template").help("Parameter template"),
            FormField.choice("model_type", ParameterModelTypes.CHOICES).required().label("Model type"),
            FormField.integer("model_id").required().min(0).label("Model ID")
                    .help("ID of the target model for this parameter"),
            FormField.text("data", 500).required().label("Data").help("Parameter Value"),
            // sent back by clients with the rest of the object; the server computes it
            FormField.of("data_numeric", FormField.Type.FLOAT).nullable().label("Data numeric"),
            FormField.text("note", 500).blank().label("Note").help("Optional note field"),
            FormField.readOnly("updated", FormField.Type.DATETIME).label("Updated").help("Timestamp of last update"),
            FormField.readOnly("updated_by", FormField.Type.RELATED).label("Update By")
                    .help("User who last updated this object"),
            FormField.readOnly("template_detail", FormField.Type.OBJECT).label("Template detail"),
            FormField.readOnly("updated_by_detail", FormField.Type.OBJECT).label("Updated by detail"));

    /** Orderings by attribute path; {@code data} is numeric first and handled apart. */
    private static final Map<String, String> ORDERING = Map.of("name", "template.name", "units", "template.units",
            "template", "template.id", "updated", "updated", "updated_by", "updatedBy.id");

    private static final Map<String, String> BULK_FILTERS = Map.of("model_id", "modelId", "template", "template.id",
            "updated_by", "updatedBy.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Parameters parameters;

    @Inject
    ContentTypes types;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Parameter> query = filtered(visible()).including("template", "updatedBy")
                .search(QueryFilters.of(uri).search(), "data", "template.name", "template.description", "template.units");
        String first = ordering == null ? "" : ordering.split(",")[0].strip();
        if (first.equals("data") || first.equals("-data")) {
            boolean descending = first.startsWith("-");
            query.orderFirst((builder, root, criteria) -> List.of(
                    descending ? builder.desc(root.get("dataNumeric")) : builder.asc(root.get("dataNumeric")),
                    descending ? builder.desc(root.get("data")) : builder.asc(root.get("data"))));
        }
        query.orderBy(ordering, ORDERING, null);
        return Page.ofAll(uri, query, page -> ParameterRows.of(page, types));
    }

    @POST
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Response create(JsonNode body) {
        FormValues values = FORM.read(body, Form.Mode.CREATE, em);
        ContentTypes.Entry type = parameters.parameterType(values.text("model_type", null), "model_type");
        parameters.require(type.id(), security, "change");
        Parameter parameter = new Parameter(type.id(), values.integer("model_id", 0L),
                values.entity("template", ParameterTemplate.class, null));
        save(parameter, type, values);
        return Response.status(Response.Status.CREATED).entity(ParameterRows.ParameterRow.of(parameter, types)).build();
    }

    /** Deletes the parameters chosen by {@code items} and/or {@code filters}, all or none. */
    @DELETE
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Map<String, String> deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        List<Parameter> selected = selection.select(visible(), BULK_FILTERS, all).fetch(null, 0);
        selected.forEach(parameter -> parameters.require(parameter.getModelTypeId(), security, "delete"));
        selected.forEach(parameters::delete);
        return Map.of("success", "Deleted " + selected.size() + " items");
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public ParameterRows.ParameterRow detail(@PathParam("id") long id) {
        Parameter parameter = find(id);
        parameters.require(parameter.getModelTypeId(), security, "view");
        return ParameterRows.ParameterRow.of(parameter, types);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public ParameterRows.ParameterRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public ParameterRows.ParameterRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Response delete(@PathParam("id") long id) {
        Parameter parameter = find(id);
        parameters.require(parameter.getModelTypeId(), security, "delete");
        parameters.delete(parameter);
        return Response.noContent().build();
    }

    /** Changes a parameter the caller may change; the object it moves to must admit them too. */
    private ParameterRows.ParameterRow update(Parameter parameter, JsonNode body, Form.Mode mode) {
        parameters.require(parameter.getModelTypeId(), security, "change");
        FormValues values = FORM.read(body, mode, em);
        ContentTypes.Entry type = values.has("model_type")
                ? parameters.parameterType(values.text("model_type", null), "model_type")
                : types.byId(parameter.getModelTypeId()).orElseThrow();
        parameters.require(type.id(), security, "change");
        save(parameter, type, values);
        return ParameterRows.ParameterRow.of(parameter, types);
    }

    private void save(Parameter parameter, ContentTypes.Entry type, FormValues values) {
        User caller = users.caller(security);
        parameters.store(parameter, type, values.integer("model_id", parameter.getModelId()),
                values.entity("template", ParameterTemplate.class, parameter.getTemplate()),
                values.text("data", parameter.getData()), values.text("note", parameter.getNote()), caller);
    }

    /** The parameters of the types the caller may see. */
    private ListQuery<Parameter> visible() {
        List<Long> viewable = parameters.viewableTypes(security);
        ListQuery<Parameter> query = ListQuery.of(em, Parameter.class);
        if (viewable != null) {
            query.filter((builder, root) -> viewable.isEmpty() ? builder.disjunction() : root.get("modelTypeId").in(viewable));
        }
        return query;
    }

    private ListQuery<Parameter> filtered(ListQuery<Parameter> query) {
        QueryFilters filters = QueryFilters.of(uri);
        filters.bool("enabled").ifPresent(value -> query.filter((builder, root) ->
                builder.equal(root.get("template").get("enabled"), value)));
        filters.id("model_id").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("modelId"), id)));
        filters.id("template").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("template").get("id"), id)));
        filters.id("updated_by").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("updatedBy").get("id"), id)));
        filters.text("model_type").ifPresent(name -> {
            long type = parameters.resolve(name).map(ContentTypes.Entry::id)
                    .orElseThrow(() -> FieldErrors.of("model_type", "Invalid content type: " + name));
            query.filter((builder, root) -> builder.equal(root.get("modelTypeId"), type));
        });
        return query;
    }

    private Parameter find(long id) {
        return BaseEntity.require(em, Parameter.class, id);
    }
}
