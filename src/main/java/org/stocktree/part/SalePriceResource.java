package org.stocktree.part;

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
import jakarta.ws.rs.core.UriInfo;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;

/** {@code /api/part/sale-price/}: the price breaks salable parts are sold at. */
@Path("part/sale-price")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class SalePriceResource {

    static final Form FORM = PriceBreaks.form("Part Sale Price Break", "partsellpricebreak");

    @PersistenceContext
    EntityManager em;

    @Inject
    Pricing pricing;

    @Context
    UriInfo uri;

    @GET
    @RequiresRole("part")
    public Object list() {
        return breaks().list(uri);
    }

    @POST
    @RequiresRole("part")
    @Submits
    public Response create(JsonNode body) {
        return Response.status(Response.Status.CREATED).entity(breaks().create(FORM, body)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    public PriceBreaks.Row detail(@PathParam("id") long id) {
        return breaks().detail(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    @Submits
    public PriceBreaks.Row replace(@PathParam("id") long id, JsonNode body) {
        return breaks().update(id, FORM, body, Form.Mode.REPLACE);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    @Submits
    public PriceBreaks.Row update(@PathParam("id") long id, JsonNode body) {
        return breaks().update(id, FORM, body, Form.Mode.PARTIAL);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RequiresRole("part")
    public Response delete(@PathParam("id") long id) {
        breaks().delete(id);
        return Response.noContent().build();
    }

    private PriceBreaks<PartSellPriceBreak> breaks() {
        return new PriceBreaks<>(em, pricing, PartSellPriceBreak.class, PartSellPriceBreak::create,
                "Part Sale Price Break");
    }
}
