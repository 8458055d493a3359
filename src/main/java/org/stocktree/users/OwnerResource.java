package org.stocktree.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;

/** {@code /api/user/owner/}: the users and groups objects can be owned by; read-only. */
@Path("user/owner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AccessControl.ANY_SIGNED_IN)
public class OwnerResource {

    public record OwnerRow(long pk, @JsonProperty("owner_id") long ownerId, @JsonProperty("owner_model") String ownerModel,
            String name, String label) {
        public static OwnerRow of(Owner owner) {
            return new OwnerRow(owner.getId(), owner.getOwnerId(), owner.getKind().model(), owner.getName(),
                    owner.getKind().label());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<Owner> query = ListQuery.of(em, Owner.class).search(QueryFilters.of(uri).search(), "name")
                .orderBy(ordering, Map.of("name", "name", "pk", "id"), "name");
        QueryFilters.of(uri).bool("is_active")
                .ifPresent(active -> query.filter((builder, root) -> builder.equal(root.get("active"), active)));
        return Page.of(uri, query, OwnerRow::of);
    }

    @GET
    @Path("{id: [0-9]+}")
    public OwnerRow detail(@PathParam("id") long id) {
        return OwnerRow.of(BaseEntity.require(em, Owner.class, id));
    }
}
