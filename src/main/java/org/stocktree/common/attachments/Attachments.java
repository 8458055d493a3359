package org.stocktree.common.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.stocktree.common.ContentTypes;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.JsonMapping;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.users.User;

/**
 * The rules of attachments: which objects take them, who may see and change them, the choice
 * between a file and a link, and keeping the stored files in step with the rows.
 *
 * <p>Who may do what follows the object an attachment belongs to, through the roles guarding its
 * model type: its view permission to see attachments, its change permission to add, edit or
 * delete them. Attachments of a type that does not (or no longer) accept attachments are seen by
 * superusers only, so rows imported ahead of their feature are not open to everyone.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    static final String MEDIA_PREFIX = "/media/";

    private static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";
    private static final String MAY_NOT_EDIT = "User does not have permission to create or edit attachments for this model";
    private static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "bmp");

    /** A file sent with a request: the name the client gave it and its content. */
    public record UploadedFile(String name, InputStream content) {
    }

    /** A multipart or form request: the fields as a JSON object (what the form reads), and the file. */
    public record Upload(ObjectNode fields, UploadedFile file) {

        /** Reads multipart parts: the {@code attachment} part with a file name is the file; the rest are text. */
        static Upload of(List<EntityPart> parts) {
            return of(parts, "attachment");
        }

        /** Reads multipart parts: the {@code fileField} part with a file name is the file; the rest are text. */
        public static Upload of(List<EntityPart> parts, String fileField) {
            ObjectNode fields = JsonMapping.mapper().createObjectNode();
            UploadedFile file = null;
            for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
                try {
                    if (fileField.equals(part.getName()) && part.getFileName().isPresent()) {
                        file = new UploadedFile(part.getFileName().get(), part.getContent());
                    } else {
                        add(fields, part.getName(), part.getContent(String.class));
                    }
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
            return new Upload(fields, file);
        }

        /** Reads a url-encoded form. */
        static ObjectNode fieldsOf(MultivaluedMap<String, String> form) {
            ObjectNode fields = JsonMapping.mapper().createObjectNode();
            if (form != null) {
                form.forEach((name, values) -> values.forEach(value -> add(fields, name, value)));
            }
            return fields;
        }

        /** A repeated field becomes a list, as Django reads repeated form values. */
        private static void add(ObjectNode fields, String name, String value) {
            JsonNode present = fields.get(name);
            if (present == null) {
                fields.put(name, value);
            } else if (present.isArray()) {
                ((ArrayNode) present).add(value);
            } else {
                ArrayNode list = fields.putArray(name);
                list.add(present);
                list.add(value);
            }
        }
    }

    /** What a media request gets: the file to send, or why not. */
    public sealed interface Download {
        record File(Path path, String name) implements Download {
        }

        record Forbidden() implements Download {
        }

        record Missing() implements Download {
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes contentTypes;

    @Inject
    AttachmentFiles files;

    @Inject
    Tags tags;

    /** Where a stored file is served: {@code /media/attachments/part/7/datasheet.pdf}; null for a link. */
    static String mediaUrl(Attachment attachment) {
        if (!attachment.isFile()) {
            return null;
        }
        StringBuilder url = new StringBuilder(MEDIA_PREFIX.substring(0, MEDIA_PREFIX.length() - 1));
        for (String segment : attachment.getFile().split("/")) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return url.toString();
    }

    /** Whether a caller holding these security roles has the permission on attachments of that type. */
    boolean permits(String modelType, Predicate<String> holds, String permission) {
        return contentTypes.byModel(modelType).filter(ContentTypes.Entry::acceptsAttachments)
                .map(type -> type.permits(holds, permission))
                .orElseGet(() -> holds.test(ServerRole.SUPERUSER));
    }

    void requireView(String modelType, SecurityContext security) {
        if (!permits(modelType, security::isUserInRole, "view")) {
            throw new ForbiddenException("You do not have permission to perform this action.");
        }
    }

    void requireChange(String modelType, SecurityContext security) {
        if (!permits(modelType, security::isUserInRole, "change")) {
            throw new ForbiddenException(MAY_NOT_EDIT);
        }
    }

    /**
     * The attachments the caller may see, narrowed by the list filters of the request (none when
     * {@code uri} is null). A malformed filter value, or one naming a user that does not exist, is a 400.
     */
    ListQuery<Attachment> visible(SecurityContext security, UriInfo uri) {
        List<String> viewable = contentTypes.all().stream().filter(ContentTypes.Entry::acceptsAttachments)
                .filter(type -> type.permits(security::isUserInRole, "view")).map(ContentTypes.Entry::model).toList();
        ListQuery<Attachment> query = ListQuery.of(em, Attachment.class);
        if (!security.isUserInRole(ServerRole.SUPERUSER)) {
            query.filter((builder, root) -> viewable.isEmpty() ? builder.disjunction() : root.get("modelType").in(viewable));
        }
        if (uri == null) {
            return query;
        }
        QueryFilters filters = QueryFilters.of(uri);
        filters.text("model_type").ifPresent(model -> {
            if (AttachableTypes.CHOICES.stream().noneMatch(choice -> choice.value().equals(model))) {
                throw FieldErrors.of("model_type", "Select a valid choice. " + model + " is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("modelType"), model));
        });
        filters.id("model_id").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("modelId"), id)));
        filters.id("upload_user").ifPresent(id -> {
            if (em.find(User.class, id) == null) {
                throw FieldErrors.of("upload_user", "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("uploadUser").get("id"), id));
        });
        filters.bool("is_file").ifPresent(wanted -> query.filter((builder, root) ->
                wanted ? present(builder, root.get("file")) : builder.not(present(builder, root.get("file")))));
        filters.bool("is_link").ifPresent(wanted -> query.filter((builder, root) ->
                wanted ? present(builder, root.get("link")) : builder.not(present(builder, root.get("link")))));
        filters.bool("is_image").ifPresent(wanted -> query.filter((builder, root) ->
                wanted ? image(builder, root) : builder.not(image(builder, root))));
        // Stocktree makes no thumbnails yet: no attachment has one.
        filters.bool("has_thumbnail").ifPresent(wanted -> query.filter((builder, root) ->
                wanted ? builder.disjunction() : builder.conjunction()));
        filters.text("tag_name").ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(AttachmentResource.TAG_MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
        return query;
    }

    private static jakarta.persistence.criteria.Predicate present(CriteriaBuilder builder, Expression<String> text) {
        return builder.and(builder.isNotNull(text), builder.notEqual(text, ""));
    }

    private static jakarta.persistence.criteria.Predicate image(CriteriaBuilder builder, Root<Attachment> root) {
        Expression<String> name = builder.lower(root.get("file"));
        return builder.and(builder.isNotNull(root.get("file")), builder.or(IMAGE_EXTENSIONS.stream()
                .map(extension -> builder.like(name, "%." + extension)).toArray(jakarta.persistence.criteria.Predicate[]::new)));
    }

    /** Creates an attachment of the caller's, from a file or a link. */
    Attachment create(JsonNode body, UploadedFile file, User caller, SecurityContext security) {
        Attachment attachment = new Attachment(caller);
        Request request = read(body, file, Form.Mode.CREATE);
        apply(attachment, request, security);
        em.persist(attachment);
        store(attachment, request);
        if (request.tags() != null) {
            tags.set(AttachmentResource.TAG_MODEL, attachment.getId(), request.tags());
        }
        return attachment;
    }

    /** Changes an attachment the caller may change; the object it moves to must admit them too. */
    Attachment update(Attachment attachment, JsonNode body, UploadedFile file, Form.Mode mode, SecurityContext security) {
        requireChange(attachment.getModelType(), security);
        Request request = read(body, file, mode, mediaUrl(attachment));
        apply(attachment, request, security);
        store(attachment, request);
        if (request.tags() != null) {
            tags.set(AttachmentResource.TAG_MODEL, attachment.getId(), request.tags());
        }
        return attachment;
    }

    /** Deletes the attachment, its tags, and (once committed) its file. */
    void delete(Attachment attachment) {
        if (attachment.isFile()) {
            files.deleteAfterCommit(attachment.getFile());
        }
        tags.removeAll(AttachmentResource.TAG_MODEL, attachment.getId());
        em.remove(attachment);
    }

    /**
     * Deletes every attachment of one object, with their files once committed: for features to
     * call in the transaction that deletes the object, as InvenTree drops an object's attachments.
     */
    public void removeAll(String modelType, long modelId) {
        em.createQuery("select a from Attachment a where a.modelType = :model and a.modelId = :id", Attachment.class)
                .setParameter("model", modelType).setParameter("id", modelId).getResultList().forEach(this::delete);
    }

    /** The file a media path names, if the caller (by their security roles) may see its object. */
    Download download(String relativePath, Predicate<String> holds) {
        List<Attachment> found = em.createQuery("select a from Attachment a where a.file = :file", Attachment.class)
                .setParameter("file", relativePath).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return new Download.Missing();
        }
        Attachment attachment = found.get(0);
        if (!permits(attachment.getModelType(), holds, "view")) {
            return new Download.Forbidden();
        }
        return files.existing(attachment.getFile()).<Download>map(path -> new Download.File(path, attachment.fileName()))
                .orElseGet(Download.Missing::new);
    }

    /** A checked request: the form's values, the tags sent (null when none were), the file. */
    private record Request(FormValues values, List<String> tags, UploadedFile file, boolean dropsFile) {
    }

    private Request read(JsonNode body, UploadedFile file, Form.Mode mode) {
        return read(body, file, mode, null);
    }

    /**
     * Reads the body through the form. {@code attachment} is not read by the form: it is the
     * uploaded file, or null/empty to drop the stored one, or (as clients send whole objects
     * back) the current file's URL, which changes nothing; any other value is not a file.
     */
    private Request read(JsonNode body, UploadedFile file, Form.Mode mode, String currentUrl) {
        if (body == null || !body.isObject()) {
            return new Request(AttachmentResource.FORM.read(body, mode, em), null, file, false);
        }
        ObjectNode fields = ((ObjectNode) body).deepCopy();
        JsonNode sentTags = fields.remove("tags");
        JsonNode sentFile = fields.remove("attachment");
        boolean dropsFile = file == null && sentFile != null && (sentFile.isNull() || sentFile.asText().isEmpty());
        if (file == null && sentFile != null && !dropsFile && !sentFile.asText().equals(currentUrl)) {
            throw FieldErrors.of("attachment", NOT_A_FILE);
        }
        FormValues values = AttachmentResource.FORM.read(fields, mode, em);
        return new Request(values, sentTags == null ? null : Tags.read(sentTags), file, dropsFile);
    }

    /** Checks the target object, permission, and the file-or-link rule, then applies all but the file. */
    private void apply(Attachment attachment, Request request, SecurityContext security) {
        FormValues values = request.values();
        String model = values.text("model_type", attachment.getModelType());
        Long modelId = values.integer("model_id", attachment.getId() == null ? null : attachment.getModelId());
        ContentTypes.Entry type = contentTypes.byModel(model).filter(ContentTypes.Entry::acceptsAttachments)
                .orElseThrow(() -> FieldErrors.of("model_type", "Model type does not support attachments"));
        requireChange(type.model(), security);
        if (em.find(type.entity(), modelId) == null) {
            throw FieldErrors.of("model_id", "Invalid pk \"" + modelId + "\" - object does not exist.");
        }
        String link = values.has("link") ? blankToNull(values.text("link", null)) : attachment.getLink();
        boolean hasFile = request.file() != null || (attachment.isFile() && !request.dropsFile());
        if (hasFile && link != null) {
            throw FieldErrors.general("An attachment is either a file or a link, not both");
        }
        if (!hasFile && link == null) {
            Map<String, List<String>> missing = new LinkedHashMap<>();
            missing.put("attachment", List.of("Missing file"));
            missing.put("link", List.of("Missing external link"));
            throw FieldErrors.of(missing);
        }
        attachment.attachTo(type.model(), modelId);
        attachment.describe(values.text("comment", attachment.getComment()));
        if (!hasFile) {
            if (attachment.isFile()) {
                files.deleteAfterCommit(attachment.getFile());
            }
            attachment.linkTo(link);
        }
    }

    /** Stores a new file (replacing the old one once committed), or renames the stored one. */
    private void store(Attachment attachment, Request request) {
        FormValues values = request.values();
        UploadedFile file = request.file();
        if (file != null) {
            String previous = attachment.isFile() ? attachment.getFile() : null;
            String name = values.has("filename") ? values.text("filename", null) : file.name();
            MediaFolder.Stored stored = files.store(attachment.getModelType(), attachment.getModelId(), name, file.content());
            attachment.storedAs(stored.relativePath(), stored.size());
            if (previous != null) {
                files.deleteAfterCommit(previous);
            }
        } else if (values.has("filename") && attachment.isFile()) {
            attachment.renamedTo(files.rename(attachment.getFile(), values.text("filename", null)));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
