package org.stocktree.part;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.platform.rest.FieldErrors;

/**
 * The currencies prices may be given in (setting {@code CURRENCY_CODES}) and the one pricing is
 * calculated in ({@code INVENTREE_DEFAULT_CURRENCY}). Stocktree has no exchange rates, so an
 * amount in another currency than the default cannot be converted: pricing leaves it out, as
 * InvenTree does with an amount whose exchange rate is missing.
 */
public record Currencies(String defaultCode, List<String> supported) {

    public static Currencies of(GlobalSettings settings) {
        List<String> codes = new ArrayList<>();
        for (String code : settings.text("CURRENCY_CODES").split("[,\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }
        return new Currencies(settings.text("INVENTREE_DEFAULT_CURRENCY").strip().toUpperCase(Locale.ROOT), codes);
    }

    /** The code sent for {@code field}, the default when none was sent; a 400 for one not supported. */
    public String check(String field, String code) {
        if (code == null || code.isBlank()) {
            return defaultCode;
        }
        if (!supported.contains(code.strip())) {
            throw FieldErrors.of(field, "\"" + code.strip() + "\" is not a valid choice.");
        }
        return code.strip();
    }

    /** Whether an amount in {@code code} can be counted in the default currency. */
    public boolean convertible(String code) {
        return defaultCode.equals(code);
    }
}
