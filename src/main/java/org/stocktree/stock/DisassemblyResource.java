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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stocktree.common.attachments.AttachmentFiles;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.common.tags.Tags;
import org.stocktree.part.BomItem;
import org.stocktree.part.Boms;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.LineErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.QueryFilters;
import org.stocktree.platform.rest.RequiresRole;
import org.stocktree.platform.rest.Submits;
import org.stocktree.users.UserDirectory;

/**
 * {@code /api/stock/{id}/disassemble/}: breaks assemblies held by a stock item apart into new
 * stock items of the components its BOM names. The assembly item gives up the quantity, every new
 * item records where it came from, all in one transaction with the assembly item locked. Callers
 * need the {@code stock} role's add permission, as for the other single-item operations.
 */
@Path("stock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class DisassemblyResource {

    static final Form DISASSEMBLE = Form.of("Disassemble Stock Item",
            "Breaks assemblies apart into stock items of their components.", null,
            FormField.of("items", FormField.Type.LIST).required().label("Items"),
            FormField.of("quantity", FormField.Type.DECIMAL).required().label("Quantity")
                    .help("Number of assemblies to disassemble"),
            FormField.related("location", StockLocation.class, LocationRows.MODEL, "/api/stock/location/").nullable()
                    .label("Location").help("Default destination location for the component items"),
            FormField.text("notes", 512).blank().label("Notes").help("Optional note field"));

    /** One checked line of the request: the component, how many, where, in which status and at what price. */
    private record Line(BomItem bomItem, BigDecimal quantity, StockLocation location, StockStatuses.Resolved status,
            BigDecimal purchasePrice, String currency) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Inject
    Boms boms;

    @Inject
    Tags tags;

    @Inject
    AttachmentFiles files;

    @Inject
    UserDirectory users;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    @Path("{id: [0-9]+}/disassemble")
    @RequiresRole("stock")
    @Submits("DISASSEMBLE")
    public Response disassemble(@PathParam("id") long id, JsonNode body) {
        StockItem item = BaseEntity.require(em, StockItem.class, id);
        FormValues values = DISASSEMBLE.read(body, Form.Mode.CREATE, em);
        BigDecimal quantity = values.decimal("quantity", BigDecimal.ZERO);
        StockLocation defaultLocation = values.entity("location", StockLocation.class, null);
        String notes = values.text("notes", null);
        if (defaultLocation != null && defaultLocation.isStructural()) {
            throw FieldErrors.of("location", "Stock items cannot be located into structural stock locations!");
        }
        ItemLocks.lock(em, item);
        item.checkDisassemblable(quantity);
        List<Line> lines = lines(body.get("items"), item,
                defaultLocation != null ? defaultLocation : item.getLocation());
        List<BigDecimal> prices = unitPrices(item, quantity, lines);

        History history = new History(em, users.caller(security));
        List<StockItem> created = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String currency = line.purchasePrice() != null ? line.currency()
                    : prices.get(i) == null ? "" : item.getPurchasePriceCurrency();
            StockItem component = item.breakOut(line.bomItem().getSubPart(), line.quantity(), line.location(),
                    line.status(), prices.get(i), currency);
            em.persist(component);
            history.record(component, StockHistoryCode.CREATED, notes, History.deltas("stockitem", item.getId(),
                    "quantity", number(line.quantity()), "location", line.location() == null ? null : line.location().getId(),
                    "status", line.status().status()));
            created.add(component);
        }
        item.take(quantity);
        history.record(item, StockHistoryCode.STOCK_REMOVE, notes == null ? "Disassembled into components" : notes,
                History.deltas("removed", number(quantity), "quantity", number(item.getQuantity())));
        em.flush();
        if (item.getQuantity().signum() == 0 && item.isDeleteOnDeplete() && item.installedItems() == 0) {
            new StockItemRemoval(em, tags, files).remove(List.of(item.getId()));
            created.forEach(em::refresh);
        }
        StockRules rules = StockRules.of(settings);
        StockRows rows = new StockRows(em, tags, rules, StockRows.Details.of(QueryFilters.of(uri)),
                settings.text("STOCK_LOCATION_DEFAULT_ICON"));
        return Response.status(Response.Status.CREATED).entity(rows.of(created)).build();
    }

    /**
     * Reads and checks the lines: each names a line of the item's part BOM (its own or inherited),
     * a positive quantity, an optional non-structural location (else {@code fallback}), status and
     * price. Every bad line is answered at once, in its place ({@code {"items": [{}, {"quantity":
     * [...]}]}}).
     */
    private List<Line> lines(JsonNode items, StockItem item, StockLocation fallback) {
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw FieldErrors.of("items", "At least one component line must be provided");
        }
        Map<Long, BomItem> bom = boms.linesOf(item.getPart(), true).stream()
                .collect(Collectors.toMap(BomItem::getId, Function.identity()));
        LineErrors errors = new LineErrors("items", items.size());
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                lines.add(line(items.get(i), bom, fallback));
            } catch (LineRefused refused) {
                errors.add(i, refused.field, refused.getMessage());
            }
        }
        errors.throwIfAny();
        return lines;
    }

    private Line line(JsonNode line, Map<Long, BomItem> bom, StockLocation fallback) {
        if (!line.isObject()) {
            throw new LineRefused("non_field_errors", "Invalid data. Expected a dictionary.");
        }
        Long bomId = id(line.get("bom_item"), "bom_item");
        if (bomId == null) {
            throw new LineRefused("bom_item", "This field is required.");
        }
        BomItem bomItem = bom.get(bomId);
        if (bomItem == null) {
            throw new LineRefused("bom_item", em.find(BomItem.class, bomId) == null
                    ? "Invalid pk \"" + bomId + "\" - object does not exist."
                    : "BOM item does not belong to the assembly of this stock item");
        }
        BigDecimal quantity = decimal(line.get("quantity"), "quantity");
        if (quantity == null) {
            throw new LineRefused("quantity", "This field is required.");
        }
        if (quantity.signum() <= 0) {
            throw new LineRefused("quantity", "Quantity must be greater than zero");
        }
        if (bomItem.getSubPart().isVirtual()) {
            throw new LineRefused("bom_item", "Stock item cannot be created for virtual parts");
        }
        Long locationId = id(line.get("location"), "location");
        StockLocation location = fallback;
        if (locationId != null) {
            location = em.find(StockLocation.class, locationId);
            if (location == null) {
                throw new LineRefused("location", "Invalid pk \"" + locationId + "\" - object does not exist.");
            }
        }
        if (location != null && location.isStructural()) {
            throw new LineRefused("location", "Stock items cannot be located into structural stock locations!");
        }
        StockStatuses.Resolved status = status(id(line.get("status"), "status"));
        BigDecimal price = decimal(line.get("purchase_price"), "purchase_price");
        if (price != null && price.signum() < 0) {
            throw new LineRefused("purchase_price", "Ensure this value is greater than or equal to 0.");
        }
        JsonNode currency = line.get("purchase_price_currency");
        String currencyCode = currency == null || currency.isNull() ? "" : currency.asText().strip();
        if (currencyCode.length() > 3) {
            throw new LineRefused("purchase_price_currency", "\"" + currencyCode + "\" is not a valid choice.");
        }
        return new Line(bomItem, quantity, location, status, price, currencyCode);
    }

    /** What is wrong with a field of one line; collected for the answer, never thrown out of here. */
    private static final class LineRefused extends RuntimeException {
        private final String field;

        LineRefused(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    /**
     * The unit price of each new item: the line's own, else an equal share per component unit of
     * what the disassembled assemblies cost (the item's unit price times the quantity) less what
     * the priced lines take, never below zero; none when the assembly item has no price.
     */
    private static List<BigDecimal> unitPrices(StockItem item, BigDecimal quantity, List<Line> lines) {
        BigDecimal unpricedUnits = lines.stream().filter(line -> line.purchasePrice() == null)
                .map(Line::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = null;
        if (item.getPurchasePrice() != null && unpricedUnits.signum() > 0) {
            BigDecimal remaining = item.getPurchasePrice().multiply(quantity).subtract(lines.stream()
                    .filter(line -> line.purchasePrice() != null)
                    .map(line -> line.purchasePrice().multiply(line.quantity())).reduce(BigDecimal.ZERO, BigDecimal::add));
            share = remaining.max(BigDecimal.ZERO).divide(unpricedUnits, 6, RoundingMode.HALF_UP);
        }
        List<BigDecimal> prices = new ArrayList<>();
        for (Line line : lines) {
            prices.add(line.purchasePrice() != null ? line.purchasePrice() : share);
        }
        return prices;
    }

    /** The line's status, OK when not given; an unknown code is refused like the other line errors. */
    private StockStatuses.Resolved status(Long code) {
        if (code == null) {
            return new StockStatuses.Resolved(StockStatus.OK.value(), null);
        }
        try {
            return StockStatuses.resolve(em, code, "status");
        } catch (FieldErrors unknown) {
            throw new LineRefused("status", unknown.errors().get("status").get(0));
        }
    }

    private static Long id(JsonNode value, String field) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual() && value.asText().strip().matches("[0-9]{1,18}")) {
            return value.asLong();
        }
        throw new LineRefused(field, "Incorrect type. Expected pk value, received " + (value.isTextual() ? "str" : "dict")
                + ".");
    }

    private static BigDecimal decimal(JsonNode value, String field) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            return null;
        }
        try {
            return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText().strip());
        } catch (NumberFormatException notNumber) {
            throw new LineRefused(field, "A valid number is required.");
        }
    }

    /** A quantity as InvenTree's deltas hold it: a number, without trailing zeros. */
    private static Object number(BigDecimal quantity) {
        return quantity.stripTrailingZeros().doubleValue();
    }
}
