package org.stocktree.company;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.part.Currencies;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/company/price-break/}: what suppliers charge for their parts by quantity. */
@Path("company/price-break")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class PriceBreakResource {

    static final Form FORM = Form.of("Supplier Price Break", "A unit price of a supplier part from a quantity on.",
            "supplierpricebreak",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("part", SupplierPart.class, SupplierPartResource.MODEL, "/api/company/part/").required(),
            FormField.of("quantity", FormField.Type.FLOAT).required().min(1).help("Price break quantity"),
            FormField.of("price", FormField.Type.DECIMAL).required().nullable()
                    .help("Unit price at specified quantity"),
            FormField.of("price_currency", FormField.Type.STRING).blank().label("Currency")
                    .help("Select currency from available options"),
            FormField.readOnly("supplier", FormField.Type.INTEGER),
            FormField.readOnly("updated", FormField.Type.DATETIME));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "quantity", "quantity", "price", "price",
            "supplier", "part.supplier.name", "SKU", "part.sku");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    GlobalSettings settings;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole("purchase_order")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<SupplierPriceBreak> query = ListQuery.of(em, SupplierPriceBreak.class)
                .including("part", "part.supplier", "part.part").orderBy(ordering, ORDERING, "quantity");
        QueryFilters filters = QueryFilters.of(uri);
        filters.id("part").ifPresent(id -> query.filter((builder, root) -> builder.equal(root.get("partId"), id)));
        filters.id("supplier").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("part").get("supplierId"), id)));
        filters.id("base_part").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("part").get("partId"), id)));
        filters.text("quantity").ifPresent(text -> {
            BigDecimal quantity;
            try {
                quantity = new BigDecimal(text.strip());
            } catch (NumberFormatException notNumber) {
                throw FieldErrors.of("quantity", "Enter a number.");
            }
            query.filter((builder, root) -> builder.equal(root.get("quantity"), quantity));
        });
        query.search(QueryFilters.of(uri).search(), "part.sku", "part.supplier.name");
        return Page.ofAll(uri, query, this::rows);
    }

    @POST
    @RequiresRole("purchase_order")
    @Submits
    public Response create(JsonNode body) {
        SupplierPriceBreak priceBreak = SupplierPriceBreak.create();
        priceBreak.apply(FORM.read(body, Form.Mode.CREATE, em), Currencies.of(settings), em);
        em.persist(priceBreak);
        return Response.status(Response.Status.CREATED).entity(rows(List.of(priceBreak)).get(0)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("purchase_order")
    public PriceBreakRow detail(@PathParam("id") long id) {
        return rows(List.of(find(id))).get(0);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole("purchase_order")
    @Submits
    public PriceBreakRow replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole("purchase_order")
    @Submits
    public PriceBreakRow update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole("purchase_order")
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    private PriceBreakRow update(SupplierPriceBreak priceBreak, JsonNode body, Form.Mode mode) {
        priceBreak.apply(FORM.read(body, mode, em), Currencies.of(settings), em);
        em.flush();
        return rows(List.of(priceBreak)).get(0);
    }

    private List<PriceBreakRow> rows(List<SupplierPriceBreak> page) {
        QueryFilters filters = QueryFilters.of(uri);
        boolean supplierDetail = filters.bool("supplier_detail").orElse(false);
        boolean partDetail = filters.bool("part_detail").orElse(false);
        Map<Long, SupplierPartRow> parts = new java.util.HashMap<>();
        if (partDetail && !page.isEmpty()) {
            new SupplierPartRows(em, tags, new SupplierPartRows.Details(false, false, false, false, false, false))
                    .of(page.stream().map(SupplierPriceBreak::getPart).distinct().toList())
                    .forEach(row -> parts.put(row.pk(), row));
        }
        return page.stream().map(priceBreak -> PriceBreakRow.of(priceBreak,
                supplierDetail ? CompanyRow.Brief.of(priceBreak.getPart().getSupplier()) : null,
                partDetail ? parts.get(priceBreak.partId()) : null)).toList();
    }

    private SupplierPriceBreak find(long id) {
        return BaseEntity.require(em, SupplierPriceBreak.class, id);
    }
}
