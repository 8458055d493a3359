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

/** {@code /api/company/contact/}: the people to talk to at companies. */
@Path("company/contact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ContactResource {

    static final Form FORM = Form.of("Contact", "A person to talk to at a company.", "contact",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.related("company", Company.class, CompanyResource.MODEL, "/api/company/").required(),
            FormField.text("name", 100).required(),
            FormField.text("phone", 100).blank(),
            FormField.of("email", FormField.Type.EMAIL).blank().maxLength(254),
            FormField.text("role", 100).blank(),
            FormField.readOnly("company_name", FormField.Type.STRING));

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "id", "id", "name", "name",
            "role", "role", "company", "company.id");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Contact> query = ListQuery.of(em, Contact.class).including("company")
                .orderBy(ordering, ORDERING, "name");
        QueryFilters.of(uri).id("company").ifPresent(id -> query.filter((builder, root) ->
                builder.equal(root.get("company").get("id"), id)));
        query.search(QueryFilters.of(uri).search(), "name", "company.name");
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RequiresRole(value = "purchase_order", alsoGrantedBy = {"sales_order", "return_order"})
    @Submits
    public Response create(JsonNode body) {
        Contact contact = Contact.create();
        contact.apply(FORM.read(body, Form.Mode.CREATE, em));
        em.persist(contact);
        return Response.status(Response.Status.CREATED).entity(Row.of(contact)).build();
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

    private Row update(Contact contact, JsonNode body, Form.Mode mode) {
        contact.apply(FORM.read(body, mode, em));
        return Row.of(contact);
    }

    private Contact find(long id) {
        return BaseEntity.require(em, Contact.class, id);
    }

    record Row(long pk, long company, @JsonProperty("company_name") String companyName, String name, String phone,
            String email, String role) {

        static Row of(Contact contact) {
            return new Row(contact.getId(), contact.getCompany().getId(), contact.getCompany().getName(),
                    contact.getName(), contact.getPhone(), contact.getEmail(), contact.getRole());
        }
    }
}
