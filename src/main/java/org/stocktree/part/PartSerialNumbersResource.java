package org.stocktree.part;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.RequiresRole;

/**
 * {@code /api/part/{id}/serial-numbers/}: the latest serial number of the part's tree and the one
 * after it. Stock items do not exist in Stocktree yet; with no serialized item InvenTree answers no
 * latest serial number and "1" as the next.
 */
@Path("part/{id: [0-9]+}/serial-numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PartSerialNumbersResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public SerialNumbers serialNumbers(@PathParam("id") long id) {
        BaseEntity.require(em, Part.class, id);
        // InvenTree increments the latest serial of the part's tree; with none it starts at "1"
        return new SerialNumbers(null, "1");
    }

    record SerialNumbers(String latest, String next) {
    }
}
