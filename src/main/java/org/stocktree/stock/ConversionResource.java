package org.stocktree.stock;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/{id}/convert/}: makes a stock item stock of another part of its part's
 * variant tree ("Converted to variant"). Callers need the {@code stock} role's add permission.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ConversionResource {

    static final Form CONVERT = Form.of("Convert Stock Item", "Converts a stock item to a variant part.", null,
            FormField.related("part", Part.class, "part", "/api/part/").required().label("Part")
                    .help("Select part to convert stock item into"));

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory users;

    @Context
    SecurityContext security;

    @POST
    @Path("{id: [0-9]+}/convert")
    @RequiresRole("stock")
    @Submits("CONVERT")
    public Response convert(@PathParam("id") long id, JsonNode body) {
        StockItem item = BaseEntity.require(em, StockItem.class, id);
        FormValues values = CONVERT.read(body, Form.Mode.CREATE, em);
        Part variant = values.entity("part", Part.class, null);
        ItemLocks.lock(em, item);
        if (!variant.getId().equals(item.partId())) {
            item.convertTo(variant, conversionOptions(item.getPart()));
            new History(em, users.caller(security)).record(item, StockHistoryCode.CONVERTED_TO_VARIANT,
                    "Converted to part: " + variant.fullName(), History.deltas("part", variant.getId()));
            em.flush();
        }
        return Response.status(Response.Status.CREATED).entity(Map.of("part", variant.getId())).build();
    }

    /**
     * The parts stock of {@code part} may become (InvenTree's conversion options): the variants
     * below it, its template and its siblings, as long as they are active and not virtual.
     */
    private List<Part> conversionOptions(Part part) {
        Long template = part.variantOfId();
        return em.createQuery("select p from Part p where p.id <> :id and p.active = true and p.virtual = false "
                        + "and (p.treePath like :below or p.id = :template or p.variantOf.id = :template)", Part.class)
                .setParameter("id", part.getId()).setParameter("below", part.treePath().subtreePattern())
                .setParameter("template", template == null ? -1L : template)
                .getResultList();
    }
}
