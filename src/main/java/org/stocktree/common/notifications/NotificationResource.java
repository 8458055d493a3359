package org.stocktree.common.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stocktree.common.ContentTypes;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/notifications/}: the caller's own notifications. Another user's notification does
 * not exist as far as the caller can tell (404), and bulk operations see only the caller's.
 */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
@Transactional
public class NotificationResource {

    private static final Map<String, String> ORDERING = Map.of("category", "category", "name", "name", "read", "read",
            "creation", "creation");
    private static final Set<String> TRUE = Set.of("t", "y", "yes", "true", "on", "1");
    private static final Set<String> FALSE = Set.of("f", "n", "no", "false", "off", "0");

    /** The object a notification is about, as InvenTree describes it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reference(String name, @JsonProperty("model_name") String modelName,
            @JsonProperty("model_type") String modelType, @JsonProperty("model_id") long modelId, String link) {
    }

    record Row(long pk, Reference target, Reference source, long user, String category, String name, String message,
            OffsetDateTime creation, long age, @JsonProperty("age_human") String ageHuman, boolean read) {
    }

    /**
     * InvenTree's notification form: everything is the server's to say, except whether it was
     * read. Read-only fields still show their column's length, as InvenTree's metadata adds it.
     */
    static final Form FORM = Form.of("Notification", "Messages the server sends a user about objects they follow.",
            "notificationmessage",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.readOnly("target", FormField.Type.OBJECT),
            FormField.readOnly("source", FormField.Type.OBJECT),
            FormField.readOnly("user", FormField.Type.ANY).label("User").help("User"),
            FormField.readOnly("category", FormField.Type.STRING).maxLength(NotificationMessage.MAX_TEXT),
            FormField.readOnly("name", FormField.Type.STRING).maxLength(NotificationMessage.MAX_TEXT),
            FormField.readOnly("message", FormField.Type.STRING).maxLength(NotificationMessage.MAX_TEXT),
            FormField.readOnly("creation", FormField.Type.DATETIME),
            FormField.readOnly("age", FormField.Type.INTEGER).help("Age of the message in seconds."),
            FormField.readOnly("age_human", FormField.Type.STRING).help("Humanized age."),
            FormField.bool("read").required());

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes contentTypes;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @Inject
    UserDirectory users;

    private Long caller;

    @GET
    public Object list(@QueryParam("ordering") String ordering) {
        QueryFilters filters = QueryFilters.of(uri);
        ListQuery<NotificationMessage> query = ListQuery.of(em, NotificationMessage.class)
                .filter(this::mine)
                .search(QueryFilters.of(uri).search(), "name", "message")
                .orderBy(ordering, ORDERING, "-creation");
        filters.text("category").ifPresent(category -> query.filter((builder, root) ->
                builder.equal(root.get("category"), category)));
        filters.bool("read").ifPresent(read -> query.filter((builder, root) -> builder.equal(root.get("read"), read)));
        return Page.ofAll(uri, query, this::rows);
    }

    /** Deletes the caller's notifications chosen by {@code items} (ids) and/or {@code filters}. */
    @DELETE
    public Map<String, String> deleteSelected(JsonNode body) {
        List<NotificationMessage> selected = selected(body);
        selected.forEach(em::remove);
        return Map.of("success", "Deleted " + selected.size() + " items");
    }

    @GET
    @Path("{id: [0-9]+}")
    public Row detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        NotificationMessage notification = find(id);
        save(notification, body, Form.Mode.REPLACE);
        return row(notification);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        NotificationMessage notification = find(id);
        save(notification, body, Form.Mode.PARTIAL);
        return row(notification);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    /** Marks every unread notification of the caller read. */
    @POST
    @Path("readall")
    public Map<String, String> readAll() {
        em.createQuery("update NotificationMessage n set n.read = true where n.read = false and n.user.id = :me")
                .setParameter("me", me()).executeUpdate();
        return Map.of("status", "ok");
    }

    /** InvenTree's own web interface marks all read with a GET, which its server answers too. */
    @GET
    @Path("readall")
    public Map<String, String> readAllByGet() {
        return readAll();
    }

    /** The one field a client may change is {@code read}; every other field is read-only. */
    private void save(NotificationMessage notification, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        if (values.has("read")) {
            notification.markRead(values.bool("read", null));
        }
    }

    /** A bulk filter's boolean, read as DRF reads one. */
    private static Optional<Boolean> bool(JsonNode value) {
        if (value.isBoolean()) {
            return Optional.of(value.asBoolean());
        }
        if (value.isIntegralNumber() || value.isTextual()) {
            String text = value.asText().strip().toLowerCase(Locale.ROOT);
            if (TRUE.contains(text)) {
                return Optional.of(true);
            }
            if (FALSE.contains(text)) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    /**
     * The caller's notifications a bulk request selects, as InvenTree's bulk operations read it:
     * {@code items} (ids) and {@code filters} ({@code read}, {@code category}, {@code name}).
     */
    private List<NotificationMessage> selected(JsonNode body) {
        JsonNode fields = body == null ? NullNode.instance : body;
        JsonNode items = fields.path("items");
        JsonNode filters = fields.path("filters");
        boolean noItems = items.isMissingNode() || items.isNull() || (items.isArray() && items.isEmpty());
        boolean noFilters = filters.isMissingNode() || filters.isNull() || (filters.isObject() && filters.isEmpty());
        if (noItems && noFilters) {
            throw FieldErrors.general("List of items or filters must be provided for bulk operation");
        }
        ListQuery<NotificationMessage> query = ListQuery.of(em, NotificationMessage.class).filter(this::mine);
        if (!noItems) {
            if (!items.isArray()) {
                throw FieldErrors.general("Items must be provided as a list");
            }
            List<Long> ids = new ArrayList<>();
            items.forEach(item -> {
                boolean number = item.isIntegralNumber() && item.canConvertToLong()
                        || item.isTextual() && item.asText().strip().matches("-?\\d{1,18}");
                if (!number) {
                    throw FieldErrors.general("Invalid items list provided");
                }
                ids.add(item.isTextual() ? Long.parseLong(item.asText().strip()) : item.asLong());
            });
            query.filter((builder, root) -> root.get("id").in(ids));
        }
        if (!noFilters) {
            if (!filters.isObject()) {
                throw FieldErrors.general("Filters must be provided as a dict");
            }
            filters.fields().forEachRemaining(filter -> query.filter(filterOf(filter.getKey(), filter.getValue())));
        }
        List<NotificationMessage> selected = query.fetch(null, 0);
        if (selected.isEmpty()) {
            throw FieldErrors.general("No items match the provided criteria");
        }
        return selected;
    }

    private static ListQuery.Filter<NotificationMessage> filterOf(String name, JsonNode value) {
        switch (name) {
            case "read" -> {
                boolean read = bool(value).orElseThrow(() -> FieldErrors.general("Invalid filters provided"));
                return (builder, root) -> builder.equal(root.get("read"), read);
            }
            case "category", "name" -> {
                if (!value.isTextual()) {
                    throw FieldErrors.general("Invalid filters provided");
                }
                return (builder, root) -> builder.equal(root.get(name), value.asText());
            }
            default -> throw FieldErrors.general("Invalid filters provided");
        }
    }

    private Predicate mine(CriteriaBuilder builder, Root<NotificationMessage> root) {
        return builder.equal(root.get("user").get("id"), me());
    }

    /** The caller's user id, looked up once per request. */
    private long me() {
        if (caller == null) {
            caller = users.caller(security).getId();
        }
        return caller;
    }

    /** The caller's notification; someone else's is answered as not found. */
    private NotificationMessage find(long id) {
        NotificationMessage notification = em.find(NotificationMessage.class, id);
        if (notification == null || notification.getUser().getId() != me()) {
            throw new NotFoundException();
        }
        return notification;
    }

    private Row row(NotificationMessage notification) {
        return rows(List.of(notification)).get(0);
    }

    /** The rows of a page, describing all their targets and sources with one statement per model. */
    private List<Row> rows(List<NotificationMessage> notifications) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (NotificationMessage notification : notifications) {
            for (ObjectReference reference : new ObjectReference[] {notification.target(), notification.source()}) {
                if (reference != null) {
                    wanted.computeIfAbsent(reference.model(), model -> new HashSet<>()).add(reference.id());
                }
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        wanted.forEach((model, ids) -> contentTypes.byModel(model).filter(ContentTypes.Entry::hasEntity)
                .ifPresent(type -> names.put(model, contentTypes.names(type, ids))));
        OffsetDateTime now = OffsetDateTime.now();
        return notifications.stream().map(notification -> new Row(notification.getId(),
                reference(notification.target(), names), reference(notification.source(), names),
                notification.getUser().getId(), notification.getCategory(), notification.getName(),
                notification.getMessage(), notification.getCreation(), notification.age(now).getSeconds(),
                HumanAge.of(notification.age(now)), notification.isRead())).toList();
    }

    /**
     * The object as InvenTree describes it; null when it no longer exists. A model no feature
     * declares yet is named by its model and id only.
     */
    private Reference reference(ObjectReference reference, Map<String, Map<Long, String>> names) {
        if (reference == null) {
            return null;
        }
        Optional<ContentTypes.Entry> type = contentTypes.byModel(reference.model()).filter(ContentTypes.Entry::hasEntity);
        if (type.isEmpty()) {
            return new Reference(null, reference.model(), reference.model(), reference.id(), null);
        }
        String name = names.getOrDefault(reference.model(), Map.of()).get(reference.id());
        if (name == null) {
            return null;
        }
        return new Reference(name, type.get().name(), reference.model(), reference.id(), null);
    }
}
