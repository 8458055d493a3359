package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * {@code /api/part/{id}/requirements/}: what a part has and needs. Stock items, builds and orders
 * do not exist in Stocktree yet, so every quantity is 0.
 */
@Path("part/{id: [0-9]+}/requirements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class PartRequirementsResource {

    @PersistenceContext
    EntityManager em;

    @GET
    @RequiresRole(value = "part", alsoGrantedBy = "build")
    public Requirements requirements(@PathParam("id") long id) {
        BaseEntity.require(em, Part.class, id);
        return new Requirements(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    record Requirements(@JsonProperty("total_stock") double totalStock,
            @JsonProperty("unallocated_stock") double unallocatedStock, @JsonProperty("can_build") double canBuild,
            double ordering, double building, @JsonProperty("scheduled_to_build") long scheduledToBuild,
            @JsonProperty("required_for_build_orders") double requiredForBuildOrders,
            @JsonProperty("allocated_to_build_orders") double allocatedToBuildOrders,
            @JsonProperty("required_for_sales_orders") double requiredForSalesOrders,
            @JsonProperty("allocated_to_sales_orders") double allocatedToSalesOrders) {
    }
}
