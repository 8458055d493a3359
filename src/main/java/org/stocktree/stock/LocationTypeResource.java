package org.stocktree.stock;

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

/** {@code /api/stock/location-type/}: kinds of locations and their default icons ({@code stock_location} role). */
@Path("stock/location-type")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class LocationTypeResource {

    static final Form FORM = Form.of("Stock Location Type", "Kinds of stock locations, with their default icon.",
            "stocklocationtype",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 100).required().help("Name"),
            FormField.text("description", 250).blank().help("Description (optional)"),
            FormField.text("icon", 100).blank().help("Default icon for all locations that have no icon set (optional)"),
            FormField.readOnly("location_count", FormField.Type.INTEGER));

    private static final Map<String, String> ORDERING = Map.of("name", "name", "icon", "icon",
            "location_count", "totals.locationCount");

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole("stock_location")
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<StockLocationType> query = ListQuery.of(em, StockLocationType.class).including("totals")
                .search(QueryFilters.of(uri).search(), "name").orderBy(ordering, ORDERING, "-location_count");
        return Page.of(uri, query, LocationTypeRow::of);
    }

    @POST
    @RequiresRole("stock_location")
    @Submits
    public Response create(JsonNode body) {
        var values = FORM.read(body, Form.Mode.CREATE, em);
        StockLocationType type = new StockLocationType(values.text("name", null));
        type.apply(values);
        em.persist(type);
        return Response.status(Response.Status.CREATED).entity(LocationTypeRow.of(type)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("stock_location")
    public LocationTypeRow detail(@PathParam("id") long id) {
        return LocationTypeRow.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole("stock_location")
    @Submits
    public LocationTypeRow replace(@PathParam("id") long id, JsonNode body) {
        StockLocationType type = find(id);
        type.apply(FORM.read(body, Form.Mode.REPLACE, em));
        return LocationTypeRow.of(type);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole("stock_location")
    @Submits
    public LocationTypeRow update(@PathParam("id") long id, JsonNode body) {
        StockLocationType type = find(id);
        type.apply(FORM.read(body, Form.Mode.PARTIAL, em));
        return LocationTypeRow.of(type);
    }

    /** Deletes the type; its locations keep existing without one (the foreign key sets them null). */
    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole("stock_location")
    public Response delete(@PathParam("id") long id) {
        StockLocationType type = find(id);
        em.createQuery("update StockLocation l set l.locationType = null where l.locationType = :type")
                .setParameter("type", type).executeUpdate();
        em.remove(type);
        return Response.noContent().build();
    }

    private StockLocationType find(long id) {
        return BaseEntity.require(em, StockLocationType.class, id);
    }
}
