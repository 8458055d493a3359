package org.stocktree.company;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.part.Currencies;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/company/}: companies. InvenTree's rule sets cover companies in the purchase-order,
 * sales-order and return-order roles; any of them admits.
 */
@Path("company")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CompanyResource {

    static final String MODEL = "company";

    static final Form FORM = Form.of("Company", "A company we buy from, sell to or whose parts we use.", MODEL,
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().label("Company name").help("Company name"),
            FormField.text("description", 500).blank().label("Company description")
                    .help("Description of the company"),
            FormField.of("website", FormField.Type.URL).blank().maxLength(2000).help("Company website URL"),
            FormField.text("phone", 50).blank().label("Phone number").help("Contact phone number"),
            FormField.of("email", FormField.Type.EMAIL).blank().nullable().maxLength(254)
                    .help("Contact email address"),
            FormField.text("currency", 3).blank().help("Default currency used for this supplier"),
            FormField.text("contact", 100).blank().help("Point of contact"),
            FormField.of("link", FormField.Type.URL).blank().maxLength(2000)
                    .help("Link to external company information"),
            FormField.bool("active").defaultValue(true).help("Is this company active?"),
            FormField.bool("is_customer").defaultValue(false).label("Is customer")
                    .help("Do you sell items to this company?"),
            FormField.bool("is_manufacturer").defaultValue(false).label("Is manufacturer")
                    .help("Does this company manufacture parts?"),
            FormField.bool("is_supplier").defaultValue(true).label("Is supplier")
                    .help("Do you purchase items from this company?"),
            FormField.text("notes", 50000).blank().nullable().help("Markdown notes (optional)"),
            FormField.text("tax_id", 50).blank().label("Tax ID").help("Company Tax ID"),
            FormField.strings("tags"),
            FormField.readOnly("image", FormField.Type.STRING),
            FormField.readOnly("parts_supplied", FormField.Type.INTEGER),
            FormField.readOnly("parts_manufactured", FormField.Type.INTEGER));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "name", "name",
            "active", "active", "description", "description", "website", "website", "currency", "currency");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    GlobalSettings settings;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Object list() {
        return list(uri);
    }

    /**
     * The list answer to {@code request}'s query parameters; {@code /api/search/} asks it with
     * parameters of its own.
     */
    public Object list(UriInfo request) {
        String ordering = request.getQueryParameters().getFirst("ordering");
        ListQuery<Company> query = ListQuery.of(em, Company.class).orderBy(ordering, ORDERING, "name");
        QueryFilters filters = QueryFilters.of(request);
        for (String flag : List.of("active", "is_customer", "is_supplier", "is_manufacturer")) {
            String attribute = switch (flag) {
                case "is_customer" -> "customer";
                case "is_supplier" -> "supplier";
                case "is_manufacturer" -> "manufacturer";
                default -> flag;
            };
            filters.bool(flag).ifPresent(value -> query.filter((builder, root) ->
                    builder.equal(root.get(attribute), value)));
        }
        filters.text("name").ifPresent(name -> query.filter((builder, root) -> builder.equal(root.get("name"), name)));
        filters.text("currency").ifPresent(code -> query.filter((builder, root) ->
                builder.equal(root.get("currency"), code.strip())));
        filters.text("tag_name").ifPresent(name -> {
            List<Long> tagged = tags.objectsTagged(MODEL, name);
            query.filter((builder, root) -> tagged.isEmpty() ? builder.disjunction() : root.get("id").in(tagged));
        });
        query.search(QueryFilters.of(request).search(), "name", "description", "website", "taxId");
        return Page.ofAll(request, query, page -> new CompanyRows(em, tags).of(page));
    }

    @POST
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public Response create(JsonNode body) {
        Company company = Company.create();
        List<String> tagNames = tagsOf(body);
        company.apply(FORM.read(withoutTags(body), Form.Mode.CREATE, em), Currencies.of(settings), em);
        em.persist(company);
        if (tagNames != null) {
            tags.set(MODEL, company.getId(), tagNames);
        }
        return Response.status(Response.Status.CREATED).entity(row(company)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public CompanyRow detail(@PathParam("id") long id) {
        return row(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public CompanyRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public CompanyRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Response delete(@PathParam("id") long id) {
        Company company = find(id);
        tags.removeAll(MODEL, company.getId());
        em.remove(company);
        return Response.noContent().build();
    }

    private CompanyRow update(Company company, JsonNode body, Form.Mode mode) {
        List<String> tagNames = tagsOf(body);
        company.apply(FORM.read(withoutTags(body), mode, em), Currencies.of(settings), em);
        if (tagNames != null) {
            tags.set(MODEL, company.getId(), tagNames);
        }
        em.flush();
        return row(company);
    }

    private CompanyRow row(Company company) {
        return new CompanyRows(em, tags).of(List.of(company)).get(0);
    }

    private Company find(long id) {
        return BaseEntity.require(em, Company.class, id);
    }

    /** The tags sent, or null when the body names none: the tag service reads them, not the form. */
    static List<String> tagsOf(JsonNode body) {
        return body != null && body.isObject() && body.has("tags") ? Tags.read(body.get("tags")) : null;
    }

    static JsonNode withoutTags(JsonNode body) {
        if (body != null && body.isObject() && body.has("tags")) {
            return ((ObjectNode) body.deepCopy()).without("tags");
        }
        return body;
    }
}
