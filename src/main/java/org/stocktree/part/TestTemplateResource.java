package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/part/test-template/}: the tests stock items of testable parts go through. */
@Path("part/test-template")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TestTemplateResource {

    static final Form FORM = Form.of("Part Test Template",
            "A test that stock items of a testable part (and its variants) are put through.", "parttesttemplate",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("key", FormField.Type.STRING),
            FormField.related("part", Part.class, PartResource.MODEL, "/api/part/").required().label("Part"),
            FormField.text("test_name", 100).required().label("Test Name").help("Enter a name for the test"),
            FormField.text("description", 100).nullable().label("Test Description")
                    .help("Enter description for this test"),
            FormField.bool("enabled").defaultValue(true).help("Is this test enabled?"),
            FormField.bool("required").defaultValue(true).help("Is this test required to pass?"),
            FormField.bool("requires_value").defaultValue(false)
                    .help("Does this test require a value when adding a test result?"),
            FormField.bool("requires_attachment").defaultValue(false)
                    .help("Does this test require a file attachment when adding a test result?"),
            FormField.readOnly("results", FormField.Type.INTEGER)
                    .help("Number of results recorded against this template"),
            FormField.text("choices", 5000).blank().help("Valid choices for this test (comma-separated)"));

    /** The orderings clients may ask for. */
    private static final Map<String, String> ORDERING = Map.of("enabled", "enabled", "required", "required",
            "requires_value", "requiresValue", "requires_attachment", "requiresAttachment", "test_name", "testName",
            "results", "totals.results");

    private static final Map<String, String> FLAGS = Map.of("enabled", "enabled", "required", "required",
            "requires_value", "requiresValue", "requires_attachment", "requiresAttachment");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole("part")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<PartTestTemplate> query = ListQuery.of(em, PartTestTemplate.class).including("totals")
                .search(QueryFilters.of(uri).search(), "testName", "description")
                .orderBy(ordering, ORDERING, "test_name");
        QueryFilters filters = QueryFilters.of(uri);
        FLAGS.forEach((name, attribute) -> filters.bool(name).ifPresent(value ->
                query.filter((builder, root) -> builder.equal(root.get(attribute), value))));
        filters.text("key").ifPresent(key -> query.filter((builder, root) -> builder.equal(root.get("key"), key)));
        filters.bool("has_results").ifPresent(value -> query.filter((builder, root) -> value
                ? builder.gt(root.get("totals").get("results"), 0) : builder.equal(root.get("totals").get("results"), 0)));
        filters.id("part").ifPresent(id -> {
            Part part = em.find(Part.class, id);
            if (part == null || !part.isTestable()) {
                throw FieldErrors.of("part", "Select a valid choice. That choice is not one of the available choices.");
            }
            // the part's own templates and, unless asked not to, those it inherits from templates above it
            boolean inherited = filters.bool("include_inherited").orElse(true);
            List<Long> parts = inherited ? PartTestTemplate.lineage(part) : List.of(id);
            query.filter((builder, root) -> root.get("part").get("id").in(parts));
        });
        return Page.of(uri, query, TestTemplateResource::row);
    }

    @POST
    @RequiresRole("part")
    @Submits
    public Response create(JsonNode body) {
        FormValues values = FORM.read(body, Form.Mode.CREATE, em);
        PartTestTemplate template = new PartTestTemplate(values.entity("part", Part.class, null));
        template.apply(values, em);
        em.persist(template);
        return Response.status(Response.Status.CREATED).entity(row(template)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    public Row detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    public Response delete(@PathParam("id") long id) {
        PartTestTemplate template = find(id);
        template.checkDeletable();
        em.remove(template);
        return Response.noContent().build();
    }

    private Row update(PartTestTemplate template, JsonNode body, Form.Mode mode) {
        template.apply(FORM.read(body, mode, em), em);
        return row(template);
    }

    private PartTestTemplate find(long id) {
        return BaseEntity.require(em, PartTestTemplate.class, id);
    }

    /** A template as the API shows it, with the count of its results. */
    public static Row row(PartTestTemplate template) {
        return new Row(template.getId(), template.getKey(), template.partId(), template.getTestName(),
                template.getDescription(), template.isEnabled(), template.isRequired(), template.isRequiresValue(),
                template.isRequiresAttachment(), template.results(), template.getChoices());
    }

    public record Row(long pk, String key, long part, @JsonProperty("test_name") String testName, String description,
            boolean enabled, boolean required, @JsonProperty("requires_value") boolean requiresValue,
            @JsonProperty("requires_attachment") boolean requiresAttachment, long results, String choices) {
    }
}
