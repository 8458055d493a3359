package org.stocktree.common.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.stocktree.common.ContentTypes;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/parameter/template/}: the templates parameters follow. Anyone signed in may read and
 * define them (InvenTree's rule sets leave templates out, and the schema asks for {@code g:read}).
 * Deleting a template deletes its parameters and the category templates naming it.
 */
@Path("parameter/template")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ParameterTemplateResource {

    static final Form FORM = Form.of("Parameter Template", "What a parameter is: its name, units and allowed values.",
            "parametertemplate",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().label("Name").help("Parameter Name"),
            FormField.text("units", 25).blank().label("Units").help("Physical units for this parameter"),
            FormField.text("description", 250).blank().label("Description").help("Parameter description"),
            FormField.choice("model_type", ParameterModelTypes.CHOICES).nullable().label("Model type")
                    .help("Target model type for this parameter template"),
            FormField.bool("checkbox").defaultValue(false).label("Checkbox").help("Is this parameter a checkbox?"),
            FormField.text("choices", 5000).blank().label("Choices")
                    .help("Valid choices for this parameter (comma-separated)"),
            FormField.integer("selectionlist").nullable().label("Selection List")
                    .help("Selection list for this parameter"),
            FormField.bool("enabled").defaultValue(true).label("Enabled").help("Is this parameter template enabled?"),
            FormField.choice("unique", List.of(new FormField.Choice(0, "No uniqueness required"),
                            new FormField.Choice(1, "Unique for model type"), new FormField.Choice(2, "Globally unique")))
                    .defaultValue(0).label("Uniqueness")
                    .help("Enforce uniqueness of linked parameter values against this template"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Parameters parameters;

    @Inject
    ContentTypes types;

    @Inject
    Units units;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<ParameterTemplate> query = ParameterTemplateFilters.apply(ListQuery.of(em, ParameterTemplate.class),
                        uri, em, parameters)
                .search(QueryFilters.of(uri).search(), "name", "description")
                .orderBy(ordering, ParameterTemplateFilters.ORDERING, null);
        return Page.of(uri, query, template -> ParameterRows.TemplateRow.of(template, types));
    }

    @POST
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Response create(JsonNode body) {
        ParameterTemplate template = ParameterTemplate.blank();
        save(template, body, Form.Mode.CREATE);
        em.persist(template);
        return Response.status(Response.Status.CREATED).entity(ParameterRows.TemplateRow.of(template, types)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public ParameterRows.TemplateRow detail(@PathParam("id") long id) {
        return ParameterRows.TemplateRow.of(find(id), types);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public ParameterRows.TemplateRow replace(@PathParam("id") long id, JsonNode body) {
        ParameterTemplate template = find(id);
        save(template, body, Form.Mode.REPLACE);
        return ParameterRows.TemplateRow.of(template, types);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public ParameterRows.TemplateRow update(@PathParam("id") long id, JsonNode body) {
        ParameterTemplate template = find(id);
        save(template, body, Form.Mode.PARTIAL);
        return ParameterRows.TemplateRow.of(template, types);
    }

    /** Deletes the template; the database deletes its parameters and category templates with it. */
    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Response delete(@PathParam("id") long id) {
        ParameterTemplate template = find(id);
        em.createQuery("delete from Parameter p where p.template = :template").setParameter("template", template)
                .executeUpdate();
        em.remove(template);
        return Response.noContent().build();
    }

    /**
     * Reads the body (a blank {@code model_type} means any model, as InvenTree's blank choice does),
     * then lets the template check and take it; parameters of a template whose units changed get
     * their numbers again.
     */
    private void save(ParameterTemplate template, JsonNode body, Form.Mode mode) {
        JsonNode sent = body;
        if (body != null && body.isObject() && body.path("model_type").isTextual() && body.get("model_type").asText().isBlank()) {
            sent = ((ObjectNode) body.deepCopy()).putNull("model_type");
        }
        FormValues values = FORM.read(sent, mode, em);
        Long selectionList = values.integer("selectionlist", null);
        if (selectionList != null) {
            throw FieldErrors.of("selectionlist", "Invalid pk \"" + selectionList + "\" - object does not exist.");
        }
        Long modelType = template.getModelTypeId();
        if (values.has("model_type")) {
            String label = values.text("model_type", null);
            modelType = label == null ? null : parameters.resolve(label).map(ContentTypes.Entry::id)
                    .orElseThrow(() -> FieldErrors.of("model_type", "\"" + label + "\" is not a valid choice."));
        }
        if (template.apply(values, modelType, units, em)) {
            parameters.renumber(template);
        }
    }

    private ParameterTemplate find(long id) {
        return BaseEntity.require(em, ParameterTemplate.class, id);
    }
}
