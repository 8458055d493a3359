package org.stocktree.common.settings;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** ISO 4217 currency codes as the currency settings hold them: separated by commas or spaces. */
final class CurrencyCodes {

    private CurrencyCodes() {
    }

    static List<String> split(String codes) {
        List<String> split = new ArrayList<>();
        for (String code : (codes == null ? "" : codes).split("[,\\s]+")) {
            if (!code.isBlank()) {
                split.add(code.strip().toUpperCase(Locale.ROOT));
            }
        }
        return split;
    }

    /** The currency of a code, if the Java runtime knows it (it knows every current ISO 4217 code). */
    static Optional<Currency> currency(String code) {
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
