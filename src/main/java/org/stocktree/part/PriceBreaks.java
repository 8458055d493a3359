package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Supplier;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ListQuery;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.rest.Page;
import org.stocktree.platform.rest.QueryFilters;

/**
 * What the internal-price and sale-price endpoints share: the form, the rules of a price break
 * (quantity at least 1 and once per part, a supported currency, the default one when none is
 * given) and the list. Every change recalculates the part's pricing.
 *
 * @param <B> the kind of price break
 */
final class PriceBreaks<B extends PriceBreak> {

    private static final Map<String, String> ORDERING = Map.of("quantity", "quantity", "price", "price");

    private final EntityManager em;
    private final Pricing pricing;
    private final Class<B> kind;
    private final Supplier<B> newBreak;
    private final String modelName;

    PriceBreaks(EntityManager em, Pricing pricing, Class<B> kind, Supplier<B> newBreak, String modelName) {
        this.em = em;
        this.pricing = pricing;
        this.kind = kind;
        this.newBreak = newBreak;
        this.modelName = modelName;
    }

    static Form form(String title, String model) {
        return Form.of(title, "A unit price of a part from a quantity on.", model,
                FormField.readOnly("pk", FormField.Type.INTEGER).label("ID"),
                FormField.related("part", Part.class, PartResource.MODEL, "/api/part/").required().label("Part"),
                FormField.of("quantity", FormField.Type.FLOAT).required().min(1).label("Quantity")
                        .help("Price break quantity"),
                FormField.of("price", FormField.Type.DECIMAL).nullable().label("Price")
                        .help("Unit price at specified quantity"),
                FormField.of("price_currency", FormField.Type.STRING).blank().label("Currency")
                        .help("Purchase currency of this stock item"));
    }

    Object list(UriInfo uri) {
        ListQuery<B> query = ListQuery.of(em, kind)
                .orderBy(uri.getQueryParameters().getFirst("ordering"), ORDERING, "quantity");
        QueryFilters.of(uri).id("part").ifPresent(id -> {
            if (em.find(Part.class, id) == null) {
                throw FieldErrors.of("part", "Select a valid choice. That choice is not one of the available choices.");
            }
            query.filter((builder, root) -> builder.equal(root.get("part").get("id"), id));
        });
        return Page.of(uri, query, PriceBreaks::row);
    }

    Row create(Form form, JsonNode body) {
        B created = newBreak.get();
        apply(created, form.read(body, Form.Mode.CREATE, em), true);
        em.persist(created);
        pricing.update(created.getPart());
        return row(created);
    }

    Row detail(long id) {
        return row(find(id));
    }

    Row update(long id, Form form, JsonNode body, Form.Mode mode) {
        B priceBreak = find(id);
        Part before = priceBreak.getPart();
        apply(priceBreak, form.read(body, mode, em), false);
        em.flush();
        pricing.update(priceBreak.getPart());
        if (!before.getId().equals(priceBreak.partId())) {
            pricing.update(before);
        }
        return row(priceBreak);
    }

    void delete(long id) {
        B priceBreak = find(id);
        Part part = priceBreak.getPart();
        em.remove(priceBreak);
        em.flush();
        pricing.update(part);
    }

    private void apply(B priceBreak, FormValues values, boolean creating) {
        Part part = values.entity("part", Part.class, priceBreak.getPart());
        if (kind == PartSellPriceBreak.class && !part.isSalable() && !part.getId().equals(priceBreak.partId())) {
            // InvenTree offers only salable parts for sale prices
            throw FieldErrors.of("part", "Invalid pk \"" + part.getId() + "\" - object does not exist.");
        }
        BigDecimal quantity = values.decimal("quantity", priceBreak.getQuantity());
        if (quantity.setScale(0, RoundingMode.DOWN).abs().precision() > 10) {
            throw FieldErrors.of("quantity", "Ensure that there are no more than 10 digits before the decimal point.");
        }
        quantity = quantity.setScale(5, RoundingMode.HALF_UP); // InvenTree rounds to the column's places
        BigDecimal price = values.has("price") ? values.decimal("price", null) : priceBreak.getPrice();
        checkAmount("price", price);
        String currency = values.has("price_currency") || creating
                ? pricing.currencies().check("price_currency", values.text("price_currency", null))
                : priceBreak.getPriceCurrency();
        long self = priceBreak.getId() == null ? -1L : priceBreak.getId();
        if (!em.createQuery("select b.id from " + kind.getSimpleName()
                        + " b where b.part = :part and b.quantity = :quantity and b.id <> :self", Long.class)
                .setParameter("part", part).setParameter("quantity", quantity).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.general(modelName + " with this Part and Quantity already exists.");
        }
        priceBreak.set(part, quantity, price, currency);
    }

    /** A money amount as InvenTree stores it: at most 13 digits before the point and 6 after. */
    static void checkAmount(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (amount.stripTrailingZeros().scale() > 6) {
            throw FieldErrors.of(field, "Ensure that there are no more than 6 decimal places.");
        }
        if (amount.setScale(0, RoundingMode.DOWN).abs().precision() > 13 && amount.abs().compareTo(BigDecimal.ONE) >= 0) {
            throw FieldErrors.of(field, "Ensure that there are no more than 13 digits before the decimal point.");
        }
    }

    private B find(long id) {
        return BaseEntity.require(em, kind, id);
    }

    /** A money amount as InvenTree shows it: a string with six decimal places, or null. */
    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    static Row row(PriceBreak priceBreak) {
        return new Row(priceBreak.getId(), priceBreak.partId(), priceBreak.getQuantity().doubleValue(),
                money(priceBreak.getPrice()), priceBreak.getPriceCurrency());
    }

    record Row(long pk, long part, double quantity, String price, @JsonProperty("price_currency") String priceCurrency) {
    }
}
