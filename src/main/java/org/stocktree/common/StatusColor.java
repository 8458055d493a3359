package org.stocktree.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The colours a status is shown in: InvenTree's names, which the web interface maps to its theme. */
public enum StatusColor {
    PRIMARY, SECONDARY, SUCCESS, DANGER, WARNING, INFO, DARK;

    /** The name clients see: {@code success}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatusColor> byKey(String key) {
        return Arrays.stream(values()).filter(color -> color.key().equals(key)).findFirst();
    }
}
