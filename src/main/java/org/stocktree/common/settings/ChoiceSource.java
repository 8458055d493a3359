package org.stocktree.common.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Choices that depend on the installation, computed when they are asked for. (Choices InvenTree
 * computes from its plugins are fixed lists of the built-in ones in the catalogue, since Stocktree
 * has no plugins.)
 */
enum ChoiceSource {

    /** The currencies the installation supports (setting {@code CURRENCY_CODES}), by ISO 4217 code. */
    CURRENCIES("currencies") {
        @Override
        List<Choice> choices(SettingContext context) {
            List<Choice> choices = new ArrayList<>();
            for (String code : CurrencyCodes.split(context.globalText("CURRENCY_CODES"))) {
                CurrencyCodes.currency(code).ifPresent(currency -> choices.add(
                        new Choice(code, currency.getDisplayName(Locale.ENGLISH))));
            }
            return choices;
        }
    },

    /** No group, or one of the user groups. */
    GROUPS("groups") {
        @Override
        List<Choice> choices(SettingContext context) {
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice("", "No group"));
            choices.addAll(context.groups());
            return choices;
        }
    };

    private final String catalogueName;

    ChoiceSource(String catalogueName) {
        this.catalogueName = catalogueName;
    }

    abstract List<Choice> choices(SettingContext context);

    static ChoiceSource named(String name) {
        for (ChoiceSource source : values()) {
            if (source.catalogueName.equals(name)) {
                return source;
            }
        }
        throw new IllegalArgumentException("Unknown choice source: " + name);
    }
}
