package org.stocktree.part;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.PageRequest;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/part/thumbs/}: the images parts show, each once with the number of parts showing
 * it (most used first), so that a part can be given an image another part already has; and
 * {@code /api/part/thumbs/{id}/}, a part's image alone, set by upload or by naming a stored one.
 */
@Path("part/thumbs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PartThumbResource {

    /** A stored image and how many parts show it. */
    record Thumb(String image, long count) {
    }

    /** A part's image, as the thumbnail endpoint shows it. */
    record PartImage(String image) {
    }

    static final Form FORM = Form.of("Part Thumb", "A part's image: uploaded, or an image other parts show.",
            PartResource.MODEL,
            FormField.of("image", FormField.Type.IMAGE).required().label("Image"));

    @PersistenceContext
    EntityManager em;

    @Inject
    PartImages images;

    @Context
    UriInfo uri;

    /** Any signed-in caller may list the images (InvenTree's view asks nothing more). */
    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list() {
        PageRequest request = PageRequest.from(uri);
        SearchTerms search = QueryFilters.of(uri).search();
        CriteriaBuilder builder = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = builder.createQuery(Object[].class);
        Root<Part> part = query.from(Part.class);
        Expression<String> image = part.get("image");
        Expression<Long> count = builder.count(part);
        query.multiselect(image, count).where(conditions(builder, part, search)).groupBy(image)
                .orderBy(builder.desc(count), builder.asc(image));
        var page = em.createQuery(query).setFirstResult(request.offset());
        if (request.paged()) {
            page.setMaxResults(request.limit());
        }
        List<Thumb> rows = page.getResultList().stream()
                .map(row -> new Thumb(PartImages.url((String) row[0]), (Long) row[1])).toList();
        long total = rows.size();
        if (request.paged()) {
            CriteriaQuery<Long> counting = builder.createQuery(Long.class);
            Root<Part> counted = counting.from(Part.class);
            counting.select(builder.countDistinct(counted.get("image"))).where(conditions(builder, counted, search));
            total = em.createQuery(counting).getSingleResult();
        }
        return Page.body(uri, request, total, rows);
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public PartImage detail(@PathParam("id") long id) {
        return new PartImage(PartImages.url(find(id).getImage()));
    }

    /** Sets the part's image from a stored one, named by its URL or file name. */
    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartImage replace(@PathParam("id") long id, JsonNode body) {
        return choose(find(id), body, true);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartImage update(@PathParam("id") long id, JsonNode body) {
        return choose(find(id), body, false);
    }

    /** Uploads a new image for the part (multipart/form-data, the file in {@code image}). */
    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartImage replaceUpload(@PathParam("id") long id, List<EntityPart> parts) {
        return upload(find(id), parts, true);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    @Submits
    public PartImage updateUpload(@PathParam("id") long id, List<EntityPart> parts) {
        return upload(find(id), parts, false);
    }

    private PartImage choose(Part part, JsonNode body, boolean required) {
        if (body == null || !body.isObject()) {
            throw FieldErrors.general("Invalid data. Expected a dictionary, but got "
                    + (body == null || body.isNull() ? "NoneType" : body.isArray() ? "list" : "str") + ".");
        }
        JsonNode sent = body.get("image");
        if (sent == null) {
            if (required) {
                throw FieldErrors.of("image", "This field is required.");
            }
            return new PartImage(PartImages.url(part.getImage()));
        }
        if (sent.isNull() || sent.asText().isBlank()) {
            throw FieldErrors.of("image", "This field may not be null.");
        }
        return show(part, images.existing(sent.asText(), "image"));
    }

    private PartImage upload(Part part, List<EntityPart> parts, boolean required) {
        Attachments.Upload upload = Attachments.Upload.of(parts, "image");
        if (upload.file() != null) {
            return show(part, images.store(upload.file(), "image"));
        }
        return choose(part, upload.fields(), required);
    }

    private PartImage show(Part part, String stored) {
        String before = part.showImage(stored);
        if (before != null && !before.equals(stored)) {
            images.release(before);
        }
        return new PartImage(PartImages.url(stored));
    }

    /** Parts with an image, matching the search as InvenTree's thumbnail list searches. */
    private static Predicate[] conditions(CriteriaBuilder builder, Root<Part> part, SearchTerms search) {
        List<Predicate> conditions = new ArrayList<>();
        conditions.add(builder.isNotNull(part.get("image")));
        conditions.add(builder.notEqual(part.get("image"), ""));
        if (!search.isEmpty()) {
            conditions.add(PartFilters.textSearch(search).apply(builder, part));
        }
        return conditions.toArray(Predicate[]::new);
    }

    private Part find(long id) {
        return BaseEntity.require(em, Part.class, id);
    }
}
