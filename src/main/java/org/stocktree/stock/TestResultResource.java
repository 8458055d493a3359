package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/test/}: results of the tests stock items went through ({@code stock} role).
 * A result is sent as JSON, or as multipart/form-data with its file in {@code attachment}.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class TestResultResource {

    static final Form FORM = Form.of("Stock Item Test Result", "The outcome of a test a stock item went through.",
            TestResultRows.MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("stock_item", StockItem.class, StockItemRemoval.MODEL, "/api/stock/").required()
                    .label("Stock Item"),
            FormField.related("template", PartTestTemplate.class, "parttesttemplate", "/api/part/test-template/")
                    .nullable().label("Test template for this result").help("Template"),
            FormField.bool("result").defaultValue(false).help("Test result"),
            FormField.text("value", 500).blank().help("Test output value"),
            FormField.of("attachment", FormField.Type.FILE).nullable().help("Test result attachment"),
            FormField.text("notes", 500).blank().help("Test notes"),
            FormField.text("test_station", 500).blank().label("Test station")
                    .help("The identifier of the test station where the test was performed"),
            FormField.of("started_datetime", FormField.Type.DATETIME).nullable().label("Started")
                    .help("The timestamp of the test start"),
            FormField.of("finished_datetime", FormField.Type.DATETIME).nullable().label("Finished")
                    .help("The timestamp of the test finish"),
            FormField.readOnly("user", FormField.Type.INTEGER),
            FormField.readOnly("date", FormField.Type.DATETIME));

    /** Fields a bulk delete may select results by ({@code filters}). */
    private static final Map<String, String> BULK_FIELDS = Map.of("stock_item", "stockItem.id",
            "template", "template.id", "result", "result", "user", "user.id");

    private static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Inject
    UserDirectory users;

    @Inject
    AttachmentFiles files;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("test")
    @RequiresRole("stock")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<StockItemTestResult> query = ListQuery.of(em, StockItemTestResult.class)
                .orderBy(ordering, TestResultFilters.ORDERING, "date");
        TestResultFilters.apply(query, QueryFilters.of(uri), em);
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @Path("test")
    @RequiresRole("stock")
    @Submits
    public Response create(JsonNode body) {
        return created(save(new StockItemTestResult(users.caller(security)), body, null, Form.Mode.CREATE));
    }

    /** A result with its file, sent as InvenTree's clients upload one. */
    @POST
    @Path("test")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole("stock")
    @Submits
    public Response upload(List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts, "attachment");
        return created(save(new StockItemTestResult(users.caller(security)), upload.fields(), upload.file(),
                Form.Mode.CREATE));
    }

    @GET
    @Path("test/{id: [0-9]+}")
    @RequiresRole("stock")
    public TestResultRows.Row detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("test/{id: [0-9]+}")
    @RequiresRole("stock")
    @Submits
    public TestResultRows.Row replace(@PathParam("id") long id, JsonNode body) {
        return row(save(find(id), body, null, Form.Mode.REPLACE));
    }

    @PUT
    @Path("test/{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole("stock")
    @Submits
    public TestResultRows.Row replaceUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts, "attachment");
        return row(save(find(id), upload.fields(), upload.file(), Form.Mode.REPLACE));
    }

    @PATCH
    @Path("test/{id: [0-9]+}")
    @RequiresRole("stock")
    @Submits
    public TestResultRows.Row update(@PathParam("id") long id, JsonNode body) {
        return row(save(find(id), body, null, Form.Mode.PARTIAL));
    }

    @PATCH
    @Path("test/{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole("stock")
    @Submits
    public TestResultRows.Row updateUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts, "attachment");
        return row(save(find(id), upload.fields(), upload.file(), Form.Mode.PARTIAL));
    }

    @DELETE
    @Path("test/{id: [0-9]+}")
    @RequiresRole("stock")
    public Response delete(@PathParam("id") long id) {
        remove(find(id));
        return Response.noContent().build();
    }

    /** Deletes the results chosen by {@code items} and/or {@code filters}, all or none. */
    @DELETE
    @Path("test")
    @RequiresRole("stock")
    public Map<String, String> deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        List<StockItemTestResult> selected = selection.select(ListQuery.of(em, StockItemTestResult.class),
                BULK_FIELDS, all).fetch(null, 0);
        selected.forEach(this::remove);
        return Map.of("success", "Deleted " + selected.size() + " items");
    }

    /**
     * Reads a body (with the file of a multipart request), finds the template, stores a new file,
     * and applies it all to the result; a refused request leaves no row and no file behind.
     */
    private StockItemTestResult save(StockItemTestResult result, JsonNode body, Attachments.UploadedFile file,
            Form.Mode mode) {
        JsonNode sentAttachment = body != null && body.isObject() ? body.get("attachment") : null;
        if (file == null && sentAttachment != null && !sentAttachment.isNull()
                && !(sentAttachment.isTextual() && sentAttachment.asText().isEmpty())) {
            throw FieldErrors.of("attachment", NOT_A_FILE);
        }
        JsonNode fields = body != null && body.isObject()
                ? ((ObjectNode) body.deepCopy()).without(List.of("attachment")) : body;
        FormValues values = FORM.read(fields, mode, em);
        StockItem item = values.entity("stock_item", StockItem.class, result.getStockItem());
        String testName = body.hasNonNull("test") ? body.get("test").asText() : null;
        PartTestTemplate template = new TestResultTemplates(em, settings.bool("TEST_UPLOAD_CREATE_TEMPLATE"))
                .resolve(item, values.entity("template", PartTestTemplate.class, null), testName,
                        result.getTemplate());
        String previous = result.getAttachment();
        boolean cleared = sentAttachment != null && file == null;
        String stored = cleared ? null : previous;
        if (file != null) {
            stored = files.storeIn(TestResultRows.FOLDER + "/" + item.getId(), file.name(), file.content())
                    .relativePath();
        }
        result.apply(values, item, template, stored);
        if (result.getId() == null) {
            em.persist(result);
        }
        if (previous != null && !previous.equals(stored)) {
            files.deleteAfterCommit(previous);
        }
        em.flush();
        return result;
    }

    private void remove(StockItemTestResult result) {
        if (result.getAttachment() != null) {
            files.deleteAfterCommit(result.getAttachment());
        }
        em.remove(result);
    }

    private Response created(StockItemTestResult result) {
        return Response.status(Response.Status.CREATED).entity(row(result)).build();
    }

    private TestResultRows.Row row(StockItemTestResult result) {
        return rows(List.of(result)).get(0);
    }

    private List<TestResultRows.Row> rows(List<StockItemTestResult> page) {
        QueryFilters filters = QueryFilters.of(uri);
        return new TestResultRows(em, filters.bool("user_detail").orElse(false),
                filters.bool("template_detail").orElse(false)).of(page);
    }

    private StockItemTestResult find(long id) {
        return BaseEntity.require(em, StockItemTestResult.class, id);
    }
}
