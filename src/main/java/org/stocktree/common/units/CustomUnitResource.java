package org.stocktree.common.units;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.AccessControl;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.ServerRole;
import org.stocktree.platform.rest.Submits;

/**
 * {@code /api/units/}: anyone signed in reads the custom units and the list of every unit; staff
 * define, change and remove custom units.
 */
@Path("units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class CustomUnitResource {

    private static final Map<String, String> ORDERING = Map.of("pk", "id", "name", "name", "symbol", "symbol",
            "definition", "definition");

    record Row(long pk, String name, String symbol, String definition) {
        static Row of(CustomUnit unit) {
            return new Row(unit.getId(), unit.getName(), unit.getSymbol(), unit.getDefinition());
        }
    }

    record UnitRow(String name, @JsonProperty("is_alias") boolean isAlias,
            @JsonProperty("compatible_units") List<String> compatibleUnits, boolean isdimensionless) {
    }

    record AllUnits(@JsonProperty("default_system") String defaultSystem,
            @JsonProperty("available_systems") List<String> availableSystems,
            @JsonProperty("available_units") Map<String, UnitRow> availableUnits) {
    }

    static final Form FORM = Form.of("Custom Unit", "Physical units the server's users define in terms of others.",
            "customunit",
            FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
            FormField.text("name", 50).required().label("Name").help("Unit name"),
            FormField.text("symbol", 10).blank().label("Symbol").help("Optional unit symbol"),
            FormField.text("definition", 50).required().label("Definition").help("Unit definition"));

    @PersistenceContext
    EntityManager em;

    @Inject
    Units units;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Object list(@QueryParam("ordering") String ordering) {
        ListQuery<CustomUnit> query = ListQuery.of(em, CustomUnit.class).search(QueryFilters.of(uri).search(), "name", "symbol", "definition")
                .orderBy(ordering, ORDERING, "pk");
        return Page.of(uri, query, Row::of);
    }

    @POST
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Response create(JsonNode body) {
        CustomUnit unit = new CustomUnit(null, "", null);
        save(unit, body, Form.Mode.CREATE);
        em.persist(unit);
        return Response.status(Response.Status.CREATED).entity(Row.of(unit)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public Row detail(@PathParam("id") long id) {
        return Row.of(find(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row replace(@PathParam("id") long id, JsonNode body) {
        CustomUnit unit = find(id);
        save(unit, body, Form.Mode.REPLACE);
        return Row.of(unit);
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    @Submits
    public Row update(@PathParam("id") long id, JsonNode body) {
        CustomUnit unit = find(id);
        save(unit, body, Form.Mode.PARTIAL);
        return Row.of(unit);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    @RolesAllowed(ServerRole.STAFF)
    public Response delete(@PathParam("id") long id) {
        em.remove(find(id));
        units.changed();
        return Response.noContent().build();
    }

    /** Every unit the server knows, custom ones included, with the units each converts to. */
    @GET
    @Path("all")
    @RolesAllowed(AccessControl.ANY_SIGNED_IN)
    public AllUnits all() {
        UnitRegistry registry = units.registry();
        Map<String, UnitRow> available = new LinkedHashMap<>();
        Map<String, List<String>> compatibleByName = new LinkedHashMap<>();
        for (String key : registry.names()) {
            String name = registry.canonicalName(key).orElse(key);
            List<String> compatible = compatibleByName.computeIfAbsent(name, registry::compatibleUnits);
            // InvenTree reports is_alias as whether the key is the unit's own name; kept for its clients
            available.put(key, new UnitRow(key, name.equals(key), compatible, registry.isDimensionless(key)));
        }
        return new AllUnits(UnitRegistry.DEFAULT_SYSTEM, UnitRegistry.SYSTEMS, available);
    }

    /** Reads the body through the form; then the unit checks itself against every other unit and custom unit. */
    private void save(CustomUnit unit, JsonNode body, Form.Mode mode) {
        FormValues values = FORM.read(body, mode, em);
        Long self = unit.getId();
        unit.apply(values, units.registryWithout(self), taken("name", values.text("name", unit.getName()), self),
                taken("symbol", values.text("symbol", unit.getSymbol()), self));
        units.changed();
    }

    private boolean taken(String field, String value, Long self) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return !em.createQuery("select u.id from CustomUnit u where u." + field + " = :value and u.id <> :self",
                        Long.class)
                .setParameter("value", value)
                .setParameter("self", self == null ? -1L : self)
                .getResultList().isEmpty();
    }

    private CustomUnit find(long id) {
        return BaseEntity.require(em, CustomUnit.class, id);
    }
}
