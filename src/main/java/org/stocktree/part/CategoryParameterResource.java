package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.ContentTypes;
import org.stocktree.common.parameters.ParameterRows;
import org.stocktree.common.parameters.ParameterTemplate;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.units.Units;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/part/category/parameters/}: the parameter templates categories propose to their new
 * parts, with default values. Callers need the {@code part_category} role. {@code category} lists
 * one category's templates, with those of the categories above it unless {@code fetch_parent=false}.
 */
@Path("part/category/parameters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CategoryParameterResource {

    static final Form FORM = Form.of("Part Category Parameter Template",
            "A parameter template a category proposes to its new parts.", "partcategoryparametertemplate",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("category", PartCategory.class, "partcategory", "/api/part/category/").required()
                    .label("Category").help("Part Category"),
            FormField.readOnly("category_detail", FormField.Type.OBJECT).label("Category detail"),
            FormField.related("template", ParameterTemplate.class, "parametertemplate", "/api/parameter/template/")
                    .required().label("Template"),
            FormField.readOnly("template_detail", FormField.Type.OBJECT).label("Template detail"),
            FormField.text("default_value", 500).blank().label("Default Value").help("Default Parameter Value"));

    /** A category template as the API shows it. */
    record Row(long pk, long category,
            @JsonProperty("category_detail") @JsonInclude(JsonInclude.Include.NON_NULL) CategoryRow categoryDetail,
            long template, @JsonProperty("template_detail") ParameterRows.TemplateRow templateDetail,
            @JsonProperty("default_value") String defaultValue) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentTypes types;

    @Inject
    Units units;

    @Inject
    GlobalSettings settings;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @RequiresRole("part_category")
    public Object list() {
        ListQuery<CategoryParameterTemplate> query = ListQuery.of(em, CategoryParameterTemplate.class)
                .including("template", "category");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("category").ifPresent(id -> {
            PartCategory category = em.find(PartCategory.class, id);
            if (category == null) {
                return; // as InvenTree: an unknown category filters nothing
            }
            if (filters.bool("fetch_parent").orElse(true)) {
                String path = category.treePath().value();
                query.filter((builder, root) -> builder.like(builder.literal(path),
                        builder.concat(root.get("category").get("treePath"), "%")));
            } else {
                query.filter((builder, root) -> builder.equal(root.get("category").get("id"), id));
            }
        });
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RequiresRole("part_category")
    @Submits
    public Response create(JsonNode body) {
        CategoryParameterTemplate template = CategoryParameterTemplate.blank();
        save(template, body, Form.Mode.CREATE);
        em.persist(template);
        return Response.status(Response.Status.CREATED).entity(rows(List.of(template)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("part_category")
    public Row detail(@PathParam("id") long id) {
        return rows(List.of(find(id))).get(0);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole("part_category")
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        CategoryParameterTemplate template = find(id);
        save(template, body, Form.Mode.REPLACE);
        return rows(List.of(template)).get(0);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole("part_category")
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        CategoryParameterTemplate template = find(id);
        save(template, body, Form.Mode.PARTIAL);
        return rows(List.of(template)).get(0);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole("part_category")
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    private void save(CategoryParameterTemplate template, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        template.apply(values, settings.bool("PARAMETER_ENFORCE_UNITS"), units, em);
    }

    /**
     * Rows for a page; with {@code category_detail} the categories' rows too, their counts, paths
     * and stars read once for the page.
     */
    private List<Row> rows(List<CategoryParameterTemplate> page) {
        Map<Long, CategoryRow> details = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(QueryFilters.of(uri).bool("category_detail").orElse(false)) && !page.isEmpty()) {
            Map<Long, PartCategory> categories = new LinkedHashMap<>();
            page.forEach(template -> categories.putIfAbsent(template.getCategory().getId(), template.getCategory()));
            em.createQuery("select t from CategoryTotals t where t.id in :ids", CategoryTotals.class)
                    .setParameter("ids", categories.keySet()).getResultList();
            Stars stars = new Stars(em, users.caller(security).getId());
            CategoryRows categoryRows = new CategoryRows(em, stars, false);
            categoryRows.load(categories.values());
            Set<Long> starred = stars.among(Stars.Kind.CATEGORY, categories.keySet());
            categories.forEach((id, category) -> details.put(id, categoryRows.row(category, starred.contains(id))));
        }
        List<Row> rows = new ArrayList<>();
        for (CategoryParameterTemplate template : page) {
            rows.add(new Row(template.getId(), template.getCategory().getId(), details.get(template.getCategory().getId()),
                    template.getTemplate().getId(), ParameterRows.TemplateRow.of(template.getTemplate(), types),
                    template.getDefaultValue()));
        }
        return rows;
    }

    private CategoryParameterTemplate find(long id) {
        return BaseEntity.require(em, CategoryParameterTemplate.class, id);
    }
}
