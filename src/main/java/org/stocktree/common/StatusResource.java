package org.stocktree.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stocktree.common.StatusClasses.StatusClass;
import org.stocktree.platform.rest.AccessControl;

/**
 * {@code /api/generic/status/}: the status classes with their values, for clients to show and
 * choose statuses. Custom states appear among the values of the class they extend (marked
 * {@code custom}), unless a value of that name exists already.
 */
@Path("generic/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusResource {

    /** One value; {@code logical_key} and {@code custom} only for custom states, as InvenTree sends them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(long key, @JsonProperty("logical_key") String logicalKey, String name, String label, String color,
            Boolean custom) {
        static Value of(StatusCode code) {
            return new Value(code.value(), null, code.name(), code.label(), code.color().key(), null);
        }

        static Value of(CustomState state) {
            return new Value(state.getKey(), String.valueOf(state.getLogicalKey()), state.getName(), state.getLabel(),
                    state.getColor(), true);
        }
    }

    record StatusClassRow(@JsonProperty("status_class") String statusClass, Map<String, Value> values) {
    }

    @PersistenceContext
    EntityManager em;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Map<String, StatusClassRow> all() {
        Map<String, List<CustomState>> custom = em.createQuery("select s from CustomState s order by s.stateKey, s.id",
                CustomState.class).getResultStream().collect(Collectors.groupingBy(CustomState::getReferenceStatus));
        Map<String, StatusClassRow> all = new LinkedHashMap<>();
        for (StatusClass status : StatusClasses.all()) {
            all.put(status.name(), row(status, custom.getOrDefault(status.name(), List.of())));
        }
        return all;
    }

    @GET
    @Path("{statusmodel}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public StatusClassRow one(@PathParam("statusmodel") String name) {
        StatusClass status = StatusClasses.named(name).orElseThrow(NotFoundException::new);
        return row(status, em.createQuery("select s from CustomState s where s.referenceStatus = :status"
                        + " order by s.stateKey, s.id", CustomState.class)
                .setParameter("status", status.name()).getResultList());
    }

    private static StatusClassRow row(StatusClass status, List<CustomState> custom) {
        Map<String, Value> values = new LinkedHashMap<>();
        status.values().forEach(code -> values.put(code.name(), Value.of(code)));
        custom.forEach(state -> values.putIfAbsent(state.getName(), Value.of(state)));
        return new StatusClassRow(status.name(), values);
    }
}
