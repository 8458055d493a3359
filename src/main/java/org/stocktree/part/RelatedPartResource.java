package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.tags.Tags;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.persistence.SearchTerms;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/** {@code /api/part/related/}: links between parts that go together. */
@Path("part/related")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class RelatedPartResource {

    static final Form FORM = Form.of("Part Relationship", "Two parts that go together.", "partrelated",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part_1", Part.class, PartResource.MODEL, "/api/part/").required().label("Part 1"),
            FormField.related("part_2", Part.class, PartResource.MODEL, "/api/part/").required().label("Part 2")
                    .help("Select Related Part"),
            FormField.text("note", 500).blank().help("Note for this relationship"));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "part_1", "part1.id",
            "part_2", "part2.id", "note", "note");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole("part")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<PartRelated> query = ListQuery.of(em, PartRelated.class).orderBy(ordering, ORDERING, "id");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("part").ifPresent(id -> {
            if (em.find(Part.class, id) == null) {
                throw FieldErrors.of("part", "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.or(builder.equal(root.get("part1").get("id"), id),
                    builder.equal(root.get("part2").get("id"), id)));
        });
        filters.id("part_1").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("part1").get("id"), id)));
        filters.id("part_2").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("part2").get("id"), id)));
        SearchTerms terms = QueryFilters.of(uri).search();
        if (!terms.isEmpty()) {
            query.filter((builder, root) -> terms.matchAll(builder, root, List.of(
                    root.join("part1", JoinType.INNER).get("name"), root.join("part2", JoinType.INNER).get("name"))));
        }
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RequiresRole("part")
    @Submits
    public Response create(JsonNode body) {
        var values = FORM.read(body, Form.Mode.CREATE, em);
        PartRelated related = new PartRelated(values.entity("part_1", Part.class, null),
                values.entity("part_2", Part.class, null));
        related.apply(values, em);
        em.persist(related);
        return Response.status(Response.Status.CREATED).entity(rows(List.of(related)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    public Row detail(@PathParam("id") long id) {
        return rows(List.of(find(id))).get(0);
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
        em.remove(find(id));
        return Response.noContent().build();
    }

    private Row update(PartRelated related, JsonNode body, Form.Mode mode) {
        related.apply(FORM.read(body, mode, em), em);
        return rows(List.of(related)).get(0);
    }

    private PartRelated find(long id) {
        return BaseEntity.require(em, PartRelated.class, id);
    }

    /**
     * Rows with both parts in full, as InvenTree shows them: the parts of the whole page are read
     * once with their categories and counts, then turned into part rows together.
     */
    private List<Row> rows(List<PartRelated> page) {
        Set<Long> ids = new LinkedHashSet<>();
        page.forEach(related -> {
            ids.add(related.part1Id());
            ids.add(related.part2Id());
        });
        Map<Long, PartRow> partRows = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Part> parts = em.createQuery("select p from Part p left join fetch p.category "
                    + "left join fetch p.totals left join fetch p.priceRange left join fetch p.stock where p.id in :ids", Part.class)
                    .setParameter("ids", ids).getResultList();
            Stars stars = new Stars(em, users.caller(security).getId());
            new PartRows(em, stars, tags, false, false, false).of(parts).forEach(row -> partRows.put(row.pk(), row));
        }
        List<Row> rows = new ArrayList<>();
        for (PartRelated related : page) {
            long first = related.part1Id();
            long second = related.part2Id();
            rows.add(new Row(related.getId(), first, partRows.get(first), second, partRows.get(second),
                    related.getNote()));
        }
        return rows;
    }

    record Row(long pk, @JsonProperty("part_1") long part1, @JsonProperty("part_1_detail") PartRow part1Detail,
            @JsonProperty("part_2") long part2, @JsonProperty("part_2_detail") PartRow part2Detail, String note) {
    }
}
