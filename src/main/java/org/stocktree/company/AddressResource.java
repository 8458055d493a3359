package org.stocktree.company;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/company/address/}: companies' postal addresses, one of each company's primary. */
@Path("company/address")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class AddressResource {

    static final Form FORM = Form.of("Address", "A postal address of a company.", "address",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("company", Company.class, CompanyResource.MODEL, "/api/company/").required()
                    .help("Select company"),
            FormField.text("title", 100).required().label("Address title")
                    .help("Title describing the address entry"),
            FormField.bool("primary").defaultValue(false).label("Primary address").help("Set as primary address"),
            FormField.text("line1", 50).blank().label("Line 1").help("Address line 1"),
            FormField.text("line2", 50).blank().label("Line 2").help("Address line 2"),
            FormField.text("postal_code", 10).blank().label("Postal code").help("Postal code"),
            FormField.text("postal_city", 50).blank().label("City/Region").help("Postal code city/region"),
            FormField.text("province", 50).blank().label("State/Province").help("State or province"),
            FormField.text("country", 50).blank().help("Address country"),
            FormField.text("shipping_notes", 100).blank().label("Courier shipping notes")
                    .help("Notes for shipping courier"),
            FormField.text("internal_shipping_notes", 100).blank().label("Internal shipping notes")
                    .help("Shipping notes for internal use"),
            FormField.of("link", FormField.Type.URL).blank().maxLength(2000)
                    .help("Link to address information (external)"));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "title", "title",
            "primary", "primary", "company", "companyId");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Address> query = ListQuery.of(em, Address.class).orderBy(ordering, ORDERING, "id");
        QueryFilters.of(uri).id("company").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("companyId"), id)));
        QueryFilters.of(uri).bool("primary").ifPresent(primary -> query.filter((builder, root) ->
                builder.equal(root.get("primary"), primary)));
        query.search(QueryFilters.of(uri).search(), "title", "line1", "line2", "postalCode", "postalCity", "province", "country");
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public Response create(JsonNode body) {
        Address address = Address.create();
        address.apply(FORM.read(body, Form.Mode.CREATE, em), em);
        em.persist(address);
        return Response.status(Response.Status.CREATED).entity(Row.of(address)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Row detail(@PathParam("id") long id) {
        return Row.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        return update(find(id), body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        return Response.noContent().build();
    }

    private Row update(Address address, JsonNode body, Form.Mode mode) {
        address.apply(FORM.read(body, mode, em), em);
        em.flush();
        return Row.of(address);
    }

    private Address find(long id) {
        return BaseEntity.require(em, Address.class, id);
    }

    record Row(long pk, long company, String title, boolean primary, String line1, String line2,
            @JsonProperty("postal_code") String postalCode, @JsonProperty("postal_city") String postalCity,
            String province, String country, @JsonProperty("shipping_notes") String shippingNotes,
            @JsonProperty("internal_shipping_notes") String internalShippingNotes, String link) {

        static Row of(Address address) {
            return new Row(address.getId(), address.companyId(), address.getTitle(), address.isPrimary(),
                    address.getLine1(), address.getLine2(), address.getPostalCode(), address.getPostalCity(),
                    address.getProvince(), address.getCountry(), address.getShippingNotes(),
                    address.getInternalShippingNotes(), address.getLink());
        }
    }
}
