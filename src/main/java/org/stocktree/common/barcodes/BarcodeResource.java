package org.stocktree.common.barcodes;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/barcode/}: scanning a barcode (which object does it name?), generating an object's
 * barcode, and linking or unlinking a third-party barcode. Anyone signed in may call them; what a
 * caller learns or changes is limited by the object's role: a scan reports only objects the caller
 * may view, generating needs the view permission and linking the change permission.
 *
 * <p>The answers have the shape of InvenTree's barcode plugin answers, {@code error} and
 * {@code success} being plain texts beside the object found, so scanner clients read them as they
 * read InvenTree's.
 */
@Path("barcode")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class BarcodeResource {

    static final int MAX_BARCODE = 4095;

    static final Form SCAN_FORM = Form.of("Barcode", "Scanned barcode data, matched with the object it names.",
            "barcode", barcodeField());

    static final Form GENERATE_FORM = Form.of("Barcode Generate", "Generates the barcode of an object.", "barcode",
            FormField.text("model", 100).required().help("Model name to generate barcode for"),
            FormField.integer("pk").required().help("Primary key of model object to generate barcode for"));

    static final Form LINK_FORM = Form.of("Barcode Assign", "Links a third-party barcode to an object.", "barcode",
            barcodeField(), objectField("part", "Part"), objectField("stockitem", "Stock Item"),
            objectField("stocklocation", "Stock Location"));

    static final Form UNLINK_FORM = Form.of("Barcode Unassign", "Unlinks the third-party barcode of an object.",
            "barcode", objectField("part", "Part"), objectField("stockitem", "Stock Item"),
            objectField("stocklocation", "Stock Location"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Barcodes barcodes;

    @Inject
    ScanHistory history;

    @Inject
    UserDirectory users;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /**
     * Which object the barcode names, among those the caller may view (a scan must not tell that
     * others exist). No match is a 400 with {@code error}; scans are recorded either way, when the
     * history is on, so the answer is returned rather than thrown (which would undo the record).
     */
    @POST
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits("SCAN_FORM")
    public Response scan(JsonNode body) {
        String data;
        try {
            data = barcode(SCAN_FORM.read(body, Form.Mode.CREATE, em));
        } catch (FieldErrors invalid) {
            record(body, Map.of("error", invalid.errors()), false);
            return answer(Response.Status.BAD_REQUEST, invalid.errors());
        }
        Optional<Barcodes.Match> match = barcodes.find(data, this::viewable);
        Map<String, Object> answer = new LinkedHashMap<>();
        match.ifPresent(found -> answer.put(found.kind().name(), found.kind().matched(found.object().getId())));
        answer.put("plugin", match.isPresent() ? Barcodes.PLUGIN : null);
        answer.put("barcode_data", data);
        answer.put("barcode_hash", BarcodeHash.of(data));
        answer.put(match.isPresent() ? "success" : "error",
                match.isPresent() ? "Match found for barcode data" : "No match found for barcode data");
        record(body, answer, match.isPresent());
        return answer(match.isPresent() ? Response.Status.OK : Response.Status.BAD_REQUEST, answer);
    }

    /** The internal barcode of an object, in the configured format; needs the view permission on it. */
    @POST
    @Path("generate")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits("GENERATE_FORM")
    public Map<String, String> generate(JsonNode body) {
        FormValues values = GENERATE_FORM.read(body, Form.Mode.CREATE, em);
        BarcodeKind kind = barcodes.kind(values.text("model", "").strip())
                .orElseThrow(() -> FieldErrors.of("model", "Model is not supported"));
        requirePermission(kind, "view");
        Barcodes.Match match = barcodes.object(kind, values.integer("pk", 0L))
                .orElseThrow(() -> refusal(Response.Status.BAD_REQUEST, Map.of("error", "Model instance not found")));
        return Map.of("barcode", barcodes.generate(match));
    }

    /**
     * Links a third-party barcode to the one object named (the first of part, stock item, stock
     * location given). A barcode that already names anything, by an internal format or a link, is
     * refused with the object it names (when the caller may view it).
     */
    @POST
    @Path("link")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits("LINK_FORM")
    public Map<String, Object> link(JsonNode body) {
        FormValues values = LINK_FORM.read(body, Form.Mode.CREATE, em);
        String data = barcode(values);
        if (data.length() > HasBarcode.MAX_DATA) {
            throw FieldErrors.of("barcode", "Ensure this field has no more than " + HasBarcode.MAX_DATA + " characters.");
        }
        List<Barcodes.Match> named = named(values);
        if (named.isEmpty()) {
            throw refusal(Response.Status.BAD_REQUEST, Map.of("error", "Missing data: provide one of '"
                    + barcodes.kinds().stream().map(kind -> "'" + kind.name() + "'")
                            .collect(Collectors.joining(", ", "[", "]")) + "'"));
        }
        Barcodes.Match target = lockedForChange(named.get(0));
        Optional<Barcodes.Conflict> conflict = barcodes.link(target, data);
        if (conflict.isPresent()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            conflict.get().holder().filter(holder -> viewable(holder.kind())).ifPresent(holder ->
                    answer.put(holder.kind().name(), holder.kind().matched(holder.object().getId())));
            answer.put("error", "Barcode matches existing item");
            answer.put("plugin", Barcodes.PLUGIN);
            answer.put("barcode_data", data);
            throw refusal(Response.Status.BAD_REQUEST, answer);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", "Assigned barcode to " + target.kind().name() + " instance");
        answer.put(target.kind().name(), Map.of("pk", target.object().getId()));
        answer.put("barcode_data", data);
        answer.put("barcode_hash", target.object().getBarcodeHash());
        return answer;
    }

    /** Forgets the linked barcode of exactly one object; one without a barcode is left as it is. */
    @POST
    @Path("unlink")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits("UNLINK_FORM")
    public Map<String, Object> unlink(JsonNode body) {
        FormValues values = UNLINK_FORM.read(body, Form.Mode.CREATE, em);
        String names = barcodes.kinds().stream().map(BarcodeKind::name).collect(Collectors.joining(", "));
        long given = barcodes.kinds().stream().filter(kind -> values.has(kind.name())).count();
        if (given == 0) {
            throw refusal(Response.Status.BAD_REQUEST, Map.of("error", "Missing data: Provide one of '" + names + "'"));
        }
        if (given > 1) {
            throw refusal(Response.Status.BAD_REQUEST, Map.of("error", "Multiple conflicting fields: '" + names + "'"));
        }
        List<Barcodes.Match> named = named(values);
        if (named.isEmpty()) {
            throw refusal(Response.Status.BAD_REQUEST, Map.of("error", "Could not unassign barcode"));
        }
        Barcodes.Match target = lockedForChange(named.get(0));
        target.object().unlinkBarcode();
        return Map.of("success", "Barcode unassigned from " + target.kind().name() + " instance");
    }

    private static FormField barcodeField() {
        return FormField.text("barcode", MAX_BARCODE).required().help("Scanned barcode data");
    }

    private static FormField objectField(String model, String label) {
        return FormField.integer(model).nullable().label(label);
    }

    /** The scanned data without surrounding white space, which must leave something. */
    private static String barcode(FormValues values) {
        String data = values.text("barcode", "").strip();
        if (data.isEmpty()) {
            throw FieldErrors.of("barcode", "This field may not be blank.");
        }
        return data;
    }

    /** The objects a link or unlink names, in the kinds' order; any id that names nothing is a 400. */
    private List<Barcodes.Match> named(FormValues values) {
        List<Barcodes.Match> found = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (BarcodeKind kind : barcodes.kinds()) {
            Long id = values.integer(kind.name(), null);
            if (id != null) {
                barcodes.object(kind, id).ifPresentOrElse(found::add, () -> errors.put(kind.name(),
                        List.of("Invalid pk \"" + id + "\" - object does not exist.")));
            }
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        return found;
    }

    /** The object read again {@code FOR UPDATE}, once the caller is known to hold its change permission. */
    private Barcodes.Match lockedForChange(Barcodes.Match match) {
        requirePermission(match.kind(), "change");
        em.refresh(match.object(), LockModeType.PESSIMISTIC_WRITE);
        return match;
    }

    private boolean viewable(BarcodeKind kind) {
        return kind.permits(security::isUserInRole, "view");
    }

    private void requirePermission(BarcodeKind kind, String permission) {
        if (!kind.permits(security::isUserInRole, permission)) {
            throw refusal(Response.Status.FORBIDDEN,
                    Map.of("error", "You do not have the required permissions for " + kind.type().appLabeledName()));
        }
    }

    /** Records a scan: the other fields and query parameters sent are its context. */
    private void record(JsonNode body, Map<String, ?> answer, boolean matched) {
        Map<String, Object> context = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, given) -> context.put(name, given.get(given.size() - 1)));
        String data = "";
        if (body != null && body.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                context.put(field.getKey(), field.getValue());
            }
            JsonNode barcode = body.get("barcode");
            data = barcode == null || barcode.isNull() ? "" : barcode.isTextual() ? barcode.textValue() : barcode.toString();
        }
        context.remove("barcode");
        history.record(data, users.caller(security), uri.getRequestUri().getPath(), context, answer, matched);
    }

    private static Response answer(Response.Status status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** A refusal in the plugin answers' shape; thrown, so the request's changes are undone. */
    private static WebApplicationException refusal(Response.Status status, Map<String, ?> body) {
        return new WebApplicationException(answer(status, body));
    }
}
