package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ModelType;

/**
 * A part's price ranges, cached: InvenTree's {@code PartPricing}. Each source gives a minimum and
 * maximum unit price in the default currency; the overall range is taken over them, and manual
 * overrides win. {@link Pricing} computes the sources that exist in Stocktree.
 */
@Entity
@Table(name = "part_partpricing")
@ModelType(app = "part", model = "partpricing", roles = {"part"})
public class PartPricing extends BaseEntity {

    /** A minimum and a maximum; either may be missing. */
    record Range(BigDecimal min, BigDecimal max) {

        static final Range NONE = new Range(null, null);

        /** The range of the given amounts, ignoring missing ones. */
        static Range over(List<BigDecimal> amounts) {
            List<BigDecimal> present = amounts.stream().filter(Objects::nonNull).toList();
            return new Range(present.stream().min(Comparator.naturalOrder()).orElse(null),
                    present.stream().max(Comparator.naturalOrder()).orElse(null));
        }
    }

    /** What the overall range takes into account, from the global settings. */
    record Rules(boolean useSupplierPricing, boolean purchaseHistoryOverridesSupplier, boolean useVariantPricing,
            boolean internalPriceOverrides) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id", updatable = false)
    private Part part;

    @Column(nullable = false, length = 3)
    private String currency = "";

    private OffsetDateTime updated;

    @Column(name = "scheduled_for_update", nullable = false)
    private boolean scheduledForUpdate;

    @Column(name = "bom_cost_min") private BigDecimal bomCostMin;
    @Column(name = "bom_cost_max") private BigDecimal bomCostMax;
    @Column(name = "purchase_cost_min") private BigDecimal purchaseCostMin;
    @Column(name = "purchase_cost_max") private BigDecimal purchaseCostMax;
    @Column(name = "internal_cost_min") private BigDecimal internalCostMin;
    @Column(name = "internal_cost_max") private BigDecimal internalCostMax;
    @Column(name = "supplier_price_min") private BigDecimal supplierPriceMin;
    @Column(name = "supplier_price_max") private BigDecimal supplierPriceMax;
    @Column(name = "variant_cost_min") private BigDecimal variantCostMin;
    @Column(name = "variant_cost_max") private BigDecimal variantCostMax;
    @Column(name = "override_min") private BigDecimal overrideMin;
    @Column(name = "override_min_currency", nullable = false, length = 3) private String overrideMinCurrency = "";
    @Column(name = "override_max") private BigDecimal overrideMax;
    @Column(name = "override_max_currency", nullable = false, length = 3) private String overrideMaxCurrency = "";
    @Column(name = "overall_min") private BigDecimal overallMin;
    @Column(name = "overall_max") private BigDecimal overallMax;
    @Column(name = "sale_price_min") private BigDecimal salePriceMin;
    @Column(name = "sale_price_max") private BigDecimal salePriceMax;
    @Column(name = "sale_history_min") private BigDecimal saleHistoryMin;
    @Column(name = "sale_history_max") private BigDecimal saleHistoryMax;

    protected PartPricing() {
    }

    PartPricing(Part part, String currency) {
        this.part = part;
        this.currency = currency;
        this.overrideMinCurrency = currency;
        this.overrideMaxCurrency = currency;
    }

    /** Stores freshly computed source ranges, then the overall range. */
    void calculated(Range internal, Range sale, Range variants, Currencies currencies, Rules rules) {
        // BOM, purchase history, supplier prices and sale history have no data in Stocktree yet
        bomCostMin = bomCostMax = null;
        purchaseCostMin = purchaseCostMax = null;
        supplierPriceMin = supplierPriceMax = null;
        saleHistoryMin = saleHistoryMax = null;
        internalCostMin = internal.min();
        internalCostMax = internal.max();
        salePriceMin = sale.min();
        salePriceMax = sale.max();
        variantCostMin = variants.min();
        variantCostMax = variants.max();
        scheduledForUpdate = false;
        updated = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        overall(currencies, rules);
    }

    /** Sets the manual overrides (null clears one); the overall range follows. */
    void override(BigDecimal min, String minCurrency, BigDecimal max, String maxCurrency, Currencies currencies,
            Rules rules) {
        overrideMin = min;
        overrideMinCurrency = minCurrency;
        overrideMax = max;
        overrideMaxCurrency = maxCurrency;
        overall(currencies, rules);
    }

    /**
     * InvenTree's overall range: the lowest minimum and highest maximum of the sources (supplier
     * and variant prices as the settings say), internal prices instead when they override, and
     * the manual overrides above all, each counted only in the default currency.
     */
    private void overall(Currencies currencies, Rules rules) {
        currency = currencies.defaultCode();
        List<BigDecimal> minimums = new ArrayList<>(Arrays.asList(bomCostMin, purchaseCostMin, internalCostMin));
        List<BigDecimal> maximums = new ArrayList<>(Arrays.asList(bomCostMax, purchaseCostMax, internalCostMax));
        if (rules.useSupplierPricing()) {
            if (purchaseCostMin == null || !rules.purchaseHistoryOverridesSupplier()) {
                minimums.add(supplierPriceMin);
            }
            if (purchaseCostMax == null || !rules.purchaseHistoryOverridesSupplier()) {
                maximums.add(supplierPriceMax);
            }
        }
        if (rules.useVariantPricing()) {
            minimums.add(variantCostMin);
            maximums.add(variantCostMax);
        }
        BigDecimal min = Range.over(minimums).min();
        BigDecimal max = Range.over(maximums).max();
        if (rules.internalPriceOverrides()) {
            min = internalCostMin != null ? internalCostMin : min;
            max = internalCostMax != null ? internalCostMax : max;
        }
        if (overrideMin != null) {
            min = currencies.convertible(overrideMinCurrency) ? overrideMin : null;
        }
        if (overrideMax != null) {
            max = currencies.convertible(overrideMaxCurrency) ? overrideMax : null;
        }
        overallMin = min;
        overallMax = max;
    }

    public String getCurrency() { return currency; }
    public OffsetDateTime getUpdated() { return updated; }
    public boolean isScheduledForUpdate() { return scheduledForUpdate; }
    public BigDecimal getBomCostMin() { return bomCostMin; }
    public BigDecimal getBomCostMax() { return bomCostMax; }
    public BigDecimal getPurchaseCostMin() { return purchaseCostMin; }
    public BigDecimal getPurchaseCostMax() { return purchaseCostMax; }
    public BigDecimal getInternalCostMin() { return internalCostMin; }
    public BigDecimal getInternalCostMax() { return internalCostMax; }
    public BigDecimal getSupplierPriceMin() { return supplierPriceMin; }
    public BigDecimal getSupplierPriceMax() { return supplierPriceMax; }
    public BigDecimal getVariantCostMin() { return variantCostMin; }
    public BigDecimal getVariantCostMax() { return variantCostMax; }
    public BigDecimal getOverrideMin() { return overrideMin; }
    public String getOverrideMinCurrency() { return overrideMinCurrency; }
    public BigDecimal getOverrideMax() { return overrideMax; }
    public String getOverrideMaxCurrency() { return overrideMaxCurrency; }
    public BigDecimal getOverallMin() { return overallMin; }
    public BigDecimal getOverallMax() { return overallMax; }
    public BigDecimal getSalePriceMin() { return salePriceMin; }
    public BigDecimal getSalePriceMax() { return salePriceMax; }
    public BigDecimal getSaleHistoryMin() { return saleHistoryMin; }
    public BigDecimal getSaleHistoryMax() { return saleHistoryMax; }
}
