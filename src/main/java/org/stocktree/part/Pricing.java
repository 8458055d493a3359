package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.stocktree.common.settings.GlobalSettings;

/**
 * Keeps parts' cached pricing current. InvenTree recalculates in the background; Stocktree's
 * sources are few and local (price breaks, and variants' own pricing), so it recalculates in the
 * transaction that changed them: a price break saved or deleted updates its part at once, and
 * each template above it, whose variant range includes it.
 *
 * <p>Sources without data in Stocktree (BOM, purchase history, supplier price breaks, sale
 * history) stay null. Amounts in a currency other than the default are left out, since no
 * exchange rates exist to convert them.
 */
@ApplicationScoped
class Pricing {

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    /** The part's pricing; a part never priced gets an empty row, as InvenTree creates one on first use. */
    PartPricing of(Part part) {
        List<PartPricing> found = em.createQuery("select p from PartPricing p where p.part = :part", PartPricing.class)
                .setParameter("part", part).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        PartPricing pricing = new PartPricing(part, currencies().defaultCode());
        em.persist(pricing);
        return pricing;
    }

    /** Recalculates the part's pricing, then that of every template above it, nearest first. */
    PartPricing update(Part part) {
        PartPricing pricing = calculate(part);
        List<Long> above = new ArrayList<>(PartTestTemplate.lineage(part));
        above.remove(part.getId());
        java.util.Collections.reverse(above);
        for (Long template : above) {
            Part ancestor = em.find(Part.class, template);
            if (ancestor != null) {
                calculate(ancestor);
            }
        }
        return pricing;
    }

    /** Sets the manual overrides of the part's pricing. */
    PartPricing override(Part part, BigDecimal min, String minCurrency, BigDecimal max, String maxCurrency) {
        PartPricing pricing = of(part);
        pricing.override(min, minCurrency, max, maxCurrency, currencies(), rules());
        return pricing;
    }

    Currencies currencies() {
        return Currencies.of(settings);
    }

    private PartPricing calculate(Part part) {
        PartPricing pricing = of(part);
        Currencies currencies = currencies();
        PartPricing.Range internal = settings.bool("PART_INTERNAL_PRICE")
                ? priceRange(PartInternalPriceBreak.class, part, currencies) : PartPricing.Range.NONE;
        PartPricing.Range sale = priceRange(PartSellPriceBreak.class, part, currencies);
        pricing.calculated(internal, sale, variants(part, currencies), currencies, rules());
        return pricing;
    }

    /** The lowest and highest price of the part's price breaks of one kind, in the default currency. */
    private PartPricing.Range priceRange(Class<? extends PriceBreak> kind, Part part, Currencies currencies) {
        List<BigDecimal> prices = em.createQuery("select b.price from " + kind.getSimpleName()
                        + " b where b.part = :part and b.price is not null and b.priceCurrency = :currency", BigDecimal.class)
                .setParameter("part", part).setParameter("currency", currencies.defaultCode()).getResultList();
        return PartPricing.Range.over(prices);
    }

    /** For a template: the range of its variants' overall prices (active ones only, if the setting says so). */
    private PartPricing.Range variants(Part part, Currencies currencies) {
        if (!part.isTemplate()) {
            return PartPricing.Range.NONE;
        }
        String active = settings.bool("PRICING_ACTIVE_VARIANTS") ? " and p.part.active = true" : "";
        List<Object[]> ranges = em.createQuery("select p.overallMin, p.overallMax from PartPricing p "
                        + "where p.part.treePath like :subtree and p.part.id <> :self and p.currency = :currency" + active,
                        Object[].class)
                .setParameter("subtree", part.treePath().value() + "%").setParameter("self", part.getId())
                .setParameter("currency", currencies.defaultCode()).getResultList();
        List<BigDecimal> minimums = new ArrayList<>();
        List<BigDecimal> maximums = new ArrayList<>();
        ranges.forEach(range -> {
            minimums.add((BigDecimal) range[0]);
            maximums.add((BigDecimal) range[1]);
        });
        return new PartPricing.Range(PartPricing.Range.over(minimums).min(), PartPricing.Range.over(maximums).max());
    }

    private PartPricing.Rules rules() {
        return new PartPricing.Rules(settings.bool("PRICING_USE_SUPPLIER_PRICING"),
                settings.bool("PRICING_PURCHASE_HISTORY_OVERRIDES_SUPPLIER"), settings.bool("PRICING_USE_VARIANT_PRICING"),
                settings.bool("PART_BOM_USE_INTERNAL_PRICE"));
    }
}
