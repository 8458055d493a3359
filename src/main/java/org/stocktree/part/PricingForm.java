package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.Form;
import org.stocktree.platform.rest.FormField;
import org.stocktree.platform.rest.FormValues;

/**
 * What {@code /api/part/{id}/pricing/} reads and answers: the form of the overrides, their
 * checks, and the pricing as InvenTree shows it. {@link PartResource} serves the path (a resource
 * class of its own under "part/{id}/..." would take the part detail's requests in RESTEasy).
 */
final class PricingForm {

    static final Form FORM = Form.of("Part Pricing", "A part's price ranges, cached, and their overrides.", "partpricing",
            FormField.readOnly("currency", FormField.Type.STRING),
            FormField.readOnly("updated", FormField.Type.DATETIME),
            FormField.readOnly("scheduled_for_update", FormField.Type.BOOLEAN),
            FormField.readOnly("bom_cost_min", FormField.Type.DECIMAL),
            FormField.readOnly("bom_cost_max", FormField.Type.DECIMAL),
            FormField.readOnly("purchase_cost_min", FormField.Type.DECIMAL),
            FormField.readOnly("purchase_cost_max", FormField.Type.DECIMAL),
            FormField.readOnly("internal_cost_min", FormField.Type.DECIMAL),
            FormField.readOnly("internal_cost_max", FormField.Type.DECIMAL),
            FormField.readOnly("supplier_price_min", FormField.Type.DECIMAL),
            FormField.readOnly("supplier_price_max", FormField.Type.DECIMAL),
            FormField.readOnly("variant_cost_min", FormField.Type.DECIMAL),
            FormField.readOnly("variant_cost_max", FormField.Type.DECIMAL),
            FormField.of("override_min", FormField.Type.DECIMAL).nullable().label("Minimum Price")
                    .help("Override calculated value for minimum price"),
            FormField.of("override_min_currency", FormField.Type.STRING).blank().label("Minimum price currency"),
            FormField.of("override_max", FormField.Type.DECIMAL).nullable().label("Maximum Price")
                    .help("Override calculated value for maximum price"),
            FormField.of("override_max_currency", FormField.Type.STRING).blank().label("Maximum price currency"),
            FormField.readOnly("overall_min", FormField.Type.DECIMAL),
            FormField.readOnly("overall_max", FormField.Type.DECIMAL),
            FormField.readOnly("sale_price_min", FormField.Type.DECIMAL),
            FormField.readOnly("sale_price_max", FormField.Type.DECIMAL),
            FormField.readOnly("sale_history_min", FormField.Type.DECIMAL),
            FormField.readOnly("sale_history_max", FormField.Type.DECIMAL),
            FormField.bool("update").nullable().defaultValue(false).label("Update")
                    .help("Update pricing for this part"));

    private PricingForm() {
    }

    /**
     * Sets the overrides sent, checking them as InvenTree does: amounts in the money format, known
     * currencies, and a minimum not above the maximum, which can only be compared in the default
     * currency. With {@code update} the pricing is then recalculated.
     */
    static Row change(Pricing pricing, Part part, FormValues values) {
        PartPricing current = pricing.of(part);
        Currencies currencies = pricing.currencies();
        BigDecimal min = values.has("override_min") ? values.decimal("override_min", null) : current.getOverrideMin();
        BigDecimal max = values.has("override_max") ? values.decimal("override_max", null) : current.getOverrideMax();
        PriceBreaks.checkAmount("override_min", min);
        PriceBreaks.checkAmount("override_max", max);
        String minCurrency = values.has("override_min_currency")
                ? currencies.check("override_min_currency", values.text("override_min_currency", null))
                : orDefault(current.getOverrideMinCurrency(), currencies);
        String maxCurrency = values.has("override_max_currency")
                ? currencies.check("override_max_currency", values.text("override_max_currency", null))
                : orDefault(current.getOverrideMaxCurrency(), currencies);
        if (values.get("override_min", null) != null && values.get("override_max", null) != null) {
            if (!currencies.convertible(minCurrency) || !currencies.convertible(maxCurrency)) {
                throw FieldErrors.general("Could not convert from provided currencies to " + currencies.defaultCode());
            }
            if (min.compareTo(max) > 0) {
                Map<String, List<String>> errors = new LinkedHashMap<>();
                errors.put("override_min", List.of("Minimum price must not be greater than maximum price"));
                errors.put("override_max", List.of("Maximum price must not be less than minimum price"));
                throw FieldErrors.of(errors);
            }
        }
        PartPricing changed = pricing.override(part, min, minCurrency, max, maxCurrency);
        if (Boolean.TRUE.equals(values.bool("update", false))) {
            changed = pricing.update(part);
        }
        return row(changed);
    }

    private static String orDefault(String code, Currencies currencies) {
        return code == null || code.isBlank() ? currencies.defaultCode() : code;
    }

    static Row row(PartPricing p) {
        return new Row(p.getCurrency(), p.getUpdated(), p.isScheduledForUpdate(),
                PriceBreaks.money(p.getBomCostMin()), PriceBreaks.money(p.getBomCostMax()),
                PriceBreaks.money(p.getPurchaseCostMin()), PriceBreaks.money(p.getPurchaseCostMax()),
                PriceBreaks.money(p.getInternalCostMin()), PriceBreaks.money(p.getInternalCostMax()),
                PriceBreaks.money(p.getSupplierPriceMin()), PriceBreaks.money(p.getSupplierPriceMax()),
                PriceBreaks.money(p.getVariantCostMin()), PriceBreaks.money(p.getVariantCostMax()),
                PriceBreaks.money(p.getOverrideMin()), p.getOverrideMinCurrency(),
                PriceBreaks.money(p.getOverrideMax()), p.getOverrideMaxCurrency(),
                PriceBreaks.money(p.getOverallMin()), PriceBreaks.money(p.getOverallMax()),
                PriceBreaks.money(p.getSalePriceMin()), PriceBreaks.money(p.getSalePriceMax()),
                PriceBreaks.money(p.getSaleHistoryMin()), PriceBreaks.money(p.getSaleHistoryMax()));
    }

    /** InvenTree's PartPricing fields; amounts are strings with six decimals, null when unknown. */
    record Row(String currency, OffsetDateTime updated,
            @JsonProperty("scheduled_for_update") boolean scheduledForUpdate,
            @JsonProperty("bom_cost_min") String bomCostMin, @JsonProperty("bom_cost_max") String bomCostMax,
            @JsonProperty("purchase_cost_min") String purchaseCostMin,
            @JsonProperty("purchase_cost_max") String purchaseCostMax,
            @JsonProperty("internal_cost_min") String internalCostMin,
            @JsonProperty("internal_cost_max") String internalCostMax,
            @JsonProperty("supplier_price_min") String supplierPriceMin,
            @JsonProperty("supplier_price_max") String supplierPriceMax,
            @JsonProperty("variant_cost_min") String variantCostMin,
            @JsonProperty("variant_cost_max") String variantCostMax,
            @JsonProperty("override_min") String overrideMin,
            @JsonProperty("override_min_currency") String overrideMinCurrency,
            @JsonProperty("override_max") String overrideMax,
            @JsonProperty("override_max_currency") String overrideMaxCurrency,
            @JsonProperty("overall_min") String overallMin, @JsonProperty("overall_max") String overallMax,
            @JsonProperty("sale_price_min") String salePriceMin, @JsonProperty("sale_price_max") String salePriceMax,
            @JsonProperty("sale_history_min") String saleHistoryMin,
            @JsonProperty("sale_history_max") String saleHistoryMax) {
    }
}
