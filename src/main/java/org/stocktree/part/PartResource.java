package org.stocktree.part;

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
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.common.units.UnitError;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.stock.InitialStock;
import org.stocktree.stock.Serials;
import org.stocktree.users.Owner;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/part/}: the parts catalogue. Callers need the {@code part} role (or {@code build},
 * whose rule set covers parts in InvenTree too).
 */
@Path("part")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PartResource {

    /** The model name InvenTree's tags and content types know parts by. */
    static final String MODEL = "part";

    static final Form FORM = Form.of("Part", "Parts: anything stocked, bought, sold or built.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().help("Part name"),
            FormField.text("IPN", 100).blank().nullable().defaultValue("").help("Internal Part Number"),
            FormField.text("revision", 100).blank().nullable().defaultValue("").help("Part revision or version number"),
            FormField.related("revision_of", Part.class, MODEL, "/api/part/").nullable()
                    .help("Is this part a revision of another part?"),
            FormField.text("description", 250).blank().help("Part description (optional)"),
            FormField.text("keywords", 250).blank().nullable()
                    .help("Part keywords to improve visibility in search results"),
            FormField.related("category", PartCategory.class, "partcategory", "/api/part/category/").nullable()
                    .help("Part category"),
            FormField.text("units", 20).blank().nullable().help("Units of measure for this part"),
            FormField.related("variant_of", Part.class, MODEL, "/api/part/").nullable()
                    .help("Is this part a variant of another part?"),
            FormField.bool("is_template").defaultValue(false).help("Is this part a template part?"),
            FormField.bool("assembly").defaultValue(false).help("Can this part be built from other parts?"),
            FormField.bool("component").defaultValue(true).help("Can this part be used to build other parts?"),
            FormField.bool("trackable").defaultValue(false).help("Does this part have tracking for unique items?"),
            FormField.bool("testable").defaultValue(false).help("Can this part have test results recorded against it?"),
            FormField.bool("purchaseable").defaultValue(true)
                    .help("Can this part be purchased from external suppliers?"),
            FormField.bool("salable").defaultValue(false).help("Can this part be sold to customers?"),
            FormField.bool("virtual").defaultValue(false).help("Is this a virtual part, such as a software product or license?"),
            FormField.bool("consumable").defaultValue(false).help("Is this part consumed when used?"),
            FormField.bool("active").defaultValue(true).help("Is this part active?"),
            FormField.bool("locked").defaultValue(false).help("Locked parts cannot be edited"),
            FormField.of("link", FormField.Type.URL).blank().nullable().help("Link to external URL"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.of("image", FormField.Type.IMAGE).nullable().label("Image"),
            FormField.text("existing_image", 255).label("Existing Image").help("Filename of an existing part image"),
            FormField.related("creation_user", User.class, "user", "/api/user/").nullable().help("Creation User"),
            FormField.related("responsible", Owner.class, "owner", "/api/user/owner/").nullable()
                    .help("Owner responsible for this part"),
            FormField.related("default_location", org.stocktree.stock.StockLocation.class, "stocklocation",
                    "/api/stock/location/").nullable().help("Where is this item normally stored?"),
            FormField.integer("default_expiry").min(0).defaultValue(0)
                    .help("Expiry time (in days) for stock items of this part"),
            FormField.of("minimum_stock", FormField.Type.FLOAT).min(0).defaultValue(0.0)
                    .help("Minimum allowed stock level"),
            FormField.of("maximum_stock", FormField.Type.FLOAT).min(0).defaultValue(0.0)
                    .help("Maximum allowed stock level"),
            FormField.strings("tags"),
            FormField.of("duplicate", FormField.Type.OBJECT).label("Duplicate Part")
                    .help("Copy initial data from another Part"),
            FormField.bool("copy_category_parameters").defaultValue(true)
                    .help("Copy parameter templates from selected part category"),
            FormField.readOnly("parameters", FormField.Type.LIST),
            FormField.of("initial_stock", FormField.Type.OBJECT).help("Create Part with initial stock quantity"),
            FormField.readOnly("starred", FormField.Type.BOOLEAN).help("Are you subscribed to this part?"),
            FormField.readOnly("full_name", FormField.Type.STRING).label("Full name"),
            FormField.readOnly("category_name", FormField.Type.STRING),
            FormField.readOnly("creation_date", FormField.Type.DATE),
            FormField.readOnly("revision_count", FormField.Type.INTEGER).label("Revisions"),
            FormField.readOnly("thumbnail", FormField.Type.STRING),
            FormField.readOnly("in_stock", FormField.Type.FLOAT),
            FormField.readOnly("total_in_stock", FormField.Type.FLOAT).label("Total Stock"),
            FormField.readOnly("unallocated_stock", FormField.Type.FLOAT));

    /** The overrides {@code /api/part/{id}/pricing/} takes. */
    static final Form PRICING_FORM = PricingForm.FORM;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pricing pricing;

    @Inject
    Tags tags;

    @Inject
    PartRemoval partRemoval;

    @Inject
    Boms boms;

    @Inject
    GlobalSettings globalSettings;

    @Inject
    Units units;

    @Inject
    UserDirectory users;

    @Inject
    Parameters parameters;

    @Inject
    PartImages images;

    @Inject
    PartDuplication duplication;

    @Inject
    Serials serials;

    @Inject
    InitialStock initialStock;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        User caller = users.caller(security);
        ListQuery<Part> query = PartFilters.apply(
                ListQuery.of(em, Part.class).including("category", "totals", "priceRange", "stock"), request, em,
                new Stars(em, caller.getId()), tags);
        PartFilters.parameters(query, request, ordering, parameters);
        BomFilters.onParts(query, request, em, boms);
        query.orderBy(ordering, PartFilters.ORDERING, "name");
        SearchTerms terms = QueryFilters.of(request).search();
        if (!terms.isEmpty()) {
            query.filter(PartFilters.search(terms, tags, em));
        }
        return Page.ofAll(request, query, page -> rows(page, caller));
    }

    @POST
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Response create(JsonNode body) {
        return create(body, null);
    }

    /** Creates a part sent as multipart/form-data, as InvenTree's clients send one with its image. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Response createUpload(List<EntityPart> parts) {
        Attachments.Upload upload = upload(parts);
        return create(upload.fields(), upload.file());
    }

    private Response create(JsonNode body, Attachments.UploadedFile image) {
        User caller = users.caller(security);
        Part part = new Part(caller);
        List<String> tagNames = tagsOf(body);
        FormValues values = read(body, Form.Mode.CREATE);
        FormValues duplicate = values.has("duplicate") ? duplication.read(body.get("duplicate")) : null;
        FormValues stock = values.has("initial_stock") && body.get("initial_stock").isObject()
                ? initialStock.read(body.get("initial_stock")) : null;
        part.apply(values, PartSettings.of(globalSettings), em);
        part.persistInto(em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        if (duplicate != null) {
            duplication.copy(duplicate, part, caller);
        }
        if (values.bool("copy_category_parameters", true)) {
            CategoryParameterTemplate.copyInto(part, caller, parameters, em);
        }
        if (stock != null) {
            initialStock.create(part, stock, caller);
        }
        applyImage(part, body, image);
        return Response.status(Response.Status.CREATED).entity(row(part, caller)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public PartRow detail(@PathParam("id") long id) {
        return row(find(id), users.caller(security));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, null, Form.Mode.REPLACE);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow replaceUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = upload(parts);
        return update(find(id), upload.fields(), upload.file(), Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, null, Form.Mode.PARTIAL);
    }

    /** Changes a part sent as multipart/form-data: how InvenTree's clients upload a part's image. */
    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartRow updateUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = upload(parts);
        return update(find(id), upload.fields(), upload.file(), Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Response delete(@PathParam("id") long id) {
        Part part = find(id);
        String refusal = part.refusesDeletion();
        if (refusal != null) {
            throw FieldErrors.general(refusal);
        }
        partRemoval.remove(part);
        return Response.noContent().build();
    }

    /** The part's cached pricing (created empty on first use, as InvenTree does). */
    @GET
    @Path("{id: [0-9]+}/pricing")
    @RequiresRole("part")
    public PricingForm.Row pricing(@PathParam("id") long id) {
        return PricingForm.row(pricing.of(find(id)));
    }

    @PUT
    @Path("{id: [0-9]+}/pricing")
    @RequiresRole("part")
    @Submits("PRICING_FORM")
    public PricingForm.Row replacePricing(@PathParam("id") long id, JsonNode body) {
        return PricingForm.change(pricing, find(id), PRICING_FORM.read(body, Form.Mode.REPLACE, em));
    }

    @PATCH
    @Path("{id: [0-9]+}/pricing")
    @RequiresRole("part")
    @Submits("PRICING_FORM")
    public PricingForm.Row updatePricing(@PathParam("id") long id, JsonNode body) {
        return PricingForm.change(pricing, find(id), PRICING_FORM.read(body, Form.Mode.PARTIAL, em));
    }

    @GET
    @Path("{id: [0-9]+}/requirements")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public PartFigures.Requirements requirements(@PathParam("id") long id) {
        return PartFigures.requirements(find(id), em, boms);
    }

    @GET
    @Path("{id: [0-9]+}/serial-numbers")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public PartFigures.SerialNumbers serialNumbers(@PathParam("id") long id) {
        Part part = find(id);
        return new PartFigures.SerialNumbers(serials.latest(part), serials.next(part));
    }

    /**
     * Changes many parts at once ({@code {"items": [...], "category": 3}} or with {@code filters}),
     * each checked as a single update would be; one refusal changes none.
     */
    @PATCH
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> updateSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    @PUT
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public Map<String, String> replaceSelected(JsonNode body, @QueryParam("all") String all) {
        return updateMany(body, all);
    }

    private Map<String, String> updateMany(JsonNode body, String all) {
        BulkRequest.Update request = BulkRequest.update(body);
        List<Part> selected = request.selection()
                .select(ListQuery.of(em, Part.class), PartFilters.BULK_FIELDS, all).fetch(null, 0);
        for (Part part : selected) {
            update(part, request.changes(), null, Form.Mode.PARTIAL);
        }
        return Map.of("success", "Updated " + selected.size() + " items");
    }

    private PartRow update(Part part, JsonNode body, Attachments.UploadedFile image, Form.Mode mode) {
        User caller = users.caller(security);
        List<String> tagNames = tagsOf(body);
        FormValues values = read(body, mode);
        part.apply(values, PartSettings.of(globalSettings), em);
        if (tagNames != null) {
            tags.set(MODEL, part.getId(), tagNames);
        }
        applyImage(part, body, image);
        if (body.has("starred")) {
            new Stars(em, caller.getId()).set(Stars.Kind.PART, part.getId(), truthy(body.get("starred")));
        }
        return row(part, caller);
    }

    /**
     * The image a request gives the part: an uploaded file (checked to be an image, stored with its
     * thumbnails), {@code existing_image} naming one already stored, or {@code image} null or empty
     * to show none. The current image's URL sent back unchanged changes nothing; any other text is
     * not a file. The image the part showed before is removed once no part shows it.
     */
    private void applyImage(Part part, JsonNode body, Attachments.UploadedFile upload) {
        boolean hasBody = body != null && body.isObject();
        JsonNode sent = hasBody ? body.get("image") : null;
        JsonNode existing = hasBody ? body.get("existing_image") : null;
        String chosenExisting = existing == null || existing.isNull() || existing.asText().isBlank() ? null
                : images.existing(existing.asText(), "existing_image");
        String before = part.getImage();
        String after;
        if (chosenExisting != null) {
            after = chosenExisting; // InvenTree applies an existing image after any upload
        } else if (upload != null) {
            after = images.store(upload, "image");
        } else if (sent != null && (sent.isNull() || sent.asText().isEmpty())) {
            after = null;
        } else if (sent != null && !sent.asText().equals(PartImages.url(before)) && !sent.asText().equals(before)) {
            throw FieldErrors.of("image", PartImages.NOT_A_FILE);
        } else {
            return;
        }
        part.showImage(after);
        if (before != null && !before.equals(after)) {
            images.release(before);
        }
    }

    /**
     * The fields and the {@code image} file of a multipart body. Form data has no null: an empty
     * value of a field that is not text means none, as Django REST Framework reads forms.
     */
    private static Attachments.Upload upload(List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts, "image");
        ObjectNode fields = upload.fields();
        fields.properties().stream().map(java.util.Map.Entry::getKey).toList().forEach(name -> {
            JsonNode value = fields.get(name);
            if (value.isTextual() && value.asText().isEmpty() && isNonText(name)) {
                fields.putNull(name);
            }
        });
        return upload;
    }

    private static boolean isNonText(String name) {
        try {
            FormField.Type type = FORM.field(name).type();
            return type != FormField.Type.STRING && type != FormField.Type.URL && type != FormField.Type.EMAIL;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** Reads the body through the form; the units must be ones the unit engine knows. */
    private FormValues read(JsonNode body, Form.Mode mode) {
        JsonNode withoutTags = body;
        if (body != null && body.isObject()) {
            // tags and the image are read on their own
            withoutTags = ((ObjectNode) body.deepCopy()).without(List.of("tags", "image", "existing_image"));
        }
        FormValues values = FORM.read(withoutTags, mode, em);
        try {
            units.checkUnit(values.text("units", null));
        } catch (UnitError invalid) {
            throw FieldErrors.of("units", invalid.getMessage());
        }
        return values;
    }

    /** The tag names sent ({@code null} when none were), read as InvenTree reads them. */
    private static List<String> tagsOf(JsonNode body) {
        return body != null && body.isObject() && body.has("tags") ? Tags.read(body.get("tags")) : null;
    }

    private PartRow row(Part part, User caller) {
        return rows(List.of(part), caller).get(0);
    }

    private List<PartRow> rows(List<Part> parts, User caller) {
        boolean categoryDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "category_detail"));
        boolean pathDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "path_detail"));
        boolean withParameters = Boolean.TRUE.equals(PartFilters.flag(uri, "parameters"));
        boolean locationDetail = Boolean.TRUE.equals(PartFilters.flag(uri, "location_detail"));
        return new PartRows(em, new Stars(em, caller.getId()), tags, categoryDetail, pathDetail, locationDetail)
                .withParameters(withParameters ? parameters : null).of(parts);
    }

    /** A starred flag as InvenTree reads it (str2bool): true, "true", "1", "yes", ... */
    static boolean truthy(JsonNode value) {
        return value != null && List.of("true", "1", "yes", "y", "on", "t")
                .contains(value.asText().strip().toLowerCase(java.util.Locale.ROOT));
    }

    private Part find(long id) {
        return BaseEntity.require(em, Part.class, id);
    }
}
