package org.stocktree.common.attachments;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.BulkRequest;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.User;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/attachment/}: files and links attached to objects of any model type that accepts
 * them. Any signed-in caller may call it (the schema's {@code g:read}); what they may do depends
 * on the object an attachment belongs to, as in InvenTree: the view permission of its model's
 * role to see attachments, the change permission to add, edit or delete them. Files are uploaded
 * as multipart/form-data; links may also come as JSON or a url-encoded form.
 */
@Path("attachment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class AttachmentResource {

    /** How tags of attachments are recorded: attachments are tagged as objects of this model. */
    static final String TAG_MODEL = "attachment";

    record UserDetail(long pk, String username, @JsonProperty("first_name") String firstName,
            @JsonProperty("last_name") String lastName, String email) {
        static UserDetail of(User user) {
            return user == null ? null
                    : new UserDetail(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(), user.getEmail());
        }
    }

    record Row(long pk, String attachment, String thumbnail, String filename, String link, String comment,
            @JsonProperty("is_image") boolean isImage, @JsonProperty("upload_date") LocalDate uploadDate,
            @JsonProperty("upload_user") Long uploadUser, @JsonProperty("user_detail") UserDetail userDetail,
            @JsonProperty("file_size") long fileSize, @JsonProperty("model_type") String modelType,
            @JsonProperty("model_id") long modelId, List<String> tags) {
        static Row of(Attachment attachment, List<String> tags) {
            User user = attachment.getUploadUser();
            String name = attachment.fileName();
            // the schema's filename is a string: a link has an empty one
            return new Row(attachment.getId(), Attachments.mediaUrl(attachment), null, name == null ? "" : name,
                    attachment.getLink(),
                    attachment.getComment(), name != null && ServedType.of(name).image(), attachment.getUploadDate(),
                    user == null ? null : user.getId(), UserDetail.of(user), attachment.getFileSize(),
                    attachment.getModelType(), attachment.getModelId(), tags);
        }
    }

    static final Form FORM = Form.of("Attachment", "A file or a link attached to an object.", "attachment",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.of("attachment", FormField.Type.FILE).nullable().label("Attachment").help("Select file to attach"),
            FormField.readOnly("thumbnail", FormField.Type.IMAGE).label("Thumbnail"),
            FormField.text("filename", FileName.MAX_LENGTH).label("Filename"),
            FormField.text("link", 2000).blank().nullable().label("Link").help("Link to external URL")
                    .matching("^(?i)(https?|ftps?)://[^\\s/$.?#][^\\s]*$", "Enter a valid URL."),
            FormField.text("comment", 250).blank().label("Comment").help("Attachment comment"),
            FormField.readOnly("is_image", FormField.Type.BOOLEAN).label("Is image")
                    .help("True if this attachment is a valid image file"),
            FormField.readOnly("upload_date", FormField.Type.DATE).label("Upload date")
                    .help("Date the file was uploaded"),
            FormField.readOnly("upload_user", FormField.Type.RELATED).label("User").help("User"),
            FormField.readOnly("user_detail", FormField.Type.OBJECT).label("User detail"),
            FormField.readOnly("file_size", FormField.Type.INTEGER).label("File size").help("File size in bytes"),
            FormField.choice("model_type", AttachableTypes.CHOICES).required().label("Model Type"),
            FormField.integer("model_id").required().min(0).label("Model ID"),
            FormField.strings("tags").label("Tags"));

    private static final Map<String, String> ORDERING = Map.of("model_id", "modelId", "model_type", "modelType",
            "upload_date", "uploadDate", "file_size", "fileSize");

    /** The filters a bulk delete may name, mapped to attributes. */
    private static final Map<String, String> BULK_FILTERS = Map.of("model_type", "modelType", "model_id", "modelId",
            "upload_user", "uploadUser.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    Attachments attachments;

    @Inject
    UserDirectory users;

    @Inject
    Tags tags;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Attachment> query = attachments.visible(security, uri)
                .search(QueryFilters.of(uri).search(), "comment", "modelId", "modelType")
                .orderBy(ordering, ORDERING, null)
                .including("uploadUser");
        return Page.ofAll(uri, query, this::rows);
    }

    /** Uploads a file (or records a link) sent as multipart/form-data, as InvenTree's clients upload. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Response upload(List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts);
        return created(attachments.create(upload.fields(), upload.file(), users.caller(security), security));
    }

    /** Records a link sent as JSON (a file cannot come this way). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Response create(JsonNode body) {
        return created(attachments.create(body, null, users.caller(security), security));
    }

    /** Records a link sent as a url-encoded form. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Response createFromForm(MultivaluedMap<String, String> form) {
        return created(attachments.create(Attachments.Upload.fieldsOf(form), null, users.caller(security), security));
    }

    /** Deletes the attachments chosen by {@code items} and/or {@code filters}, all or none. */
    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Map<String, String> deleteSelected(BulkRequest request, @QueryParam("all") String all) {
        BulkRequest selection = request == null ? new BulkRequest(null, null) : request;
        List<Attachment> selected = selection.select(attachments.visible(security, null), BULK_FILTERS, all)
                .fetch(null, 0);
        selected.forEach(attachment -> attachments.requireChange(attachment.getModelType(), security));
        selected.forEach(attachments::delete);
        return Map.of("success", "Deleted " + selected.size() + " items");
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        Attachment attachment = find(id);
        attachments.requireView(attachment.getModelType(), security);
        return row(attachment);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        return row(attachments.update(find(id), body, null, Form.Mode.REPLACE, security));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Row replaceUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts);
        return row(attachments.update(find(id), upload.fields(), upload.file(), Form.Mode.REPLACE, security));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        return row(attachments.update(find(id), body, null, Form.Mode.PARTIAL, security));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    @Submits
    public Row updateUpload(@PathParam("id") long id, List<EntityPart> parts) {
        Attachments.Upload upload = Attachments.Upload.of(parts);
        return row(attachments.update(find(id), upload.fields(), upload.file(), Form.Mode.PARTIAL, security));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Response delete(@PathParam("id") long id) {
        Attachment attachment = find(id);
        attachments.requireChange(attachment.getModelType(), security);
        attachments.delete(attachment);
        return Response.noContent().build();
    }

    private Response created(Attachment attachment) {
        return Response.status(Response.Status.CREATED).entity(row(attachment)).build();
    }

    private Row row(Attachment attachment) {
        return Row.of(attachment, tags.of(TAG_MODEL, attachment.getId()));
    }

    /** A page of rows, with the tags of all of them read in one statement. */
    private List<Row> rows(List<Attachment> page) {
        Map<Long, List<String>> tagged = tags.ofAll(TAG_MODEL, page.stream().map(Attachment::getId).toList());
        return page.stream().map(attachment -> Row.of(attachment, tagged.getOrDefault(attachment.getId(), List.of())))
                .toList();
    }

    private Attachment find(long id) {
        return BaseEntity.require(em, Attachment.class, id);
    }
}
