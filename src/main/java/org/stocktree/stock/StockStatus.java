package org.stocktree.stock;

import static org.stocktree.common.StatusColor.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** The condition of a stock item (InvenTree's StockStatus). */
public enum StockStatus implements StatusCode {
    OK(10, "OK", SUCCESS),
    ATTENTION(50, "Attention needed", WARNING),
    DAMAGED(55, "Damaged", WARNING),
    DESTROYED(60, "Destroyed", DANGER),
    REJECTED(65, "Rejected", DANGER),
    LOST(70, "Lost", DARK),
    QUARANTINED(75, "Quarantined", INFO),
    RETURNED(85, "Returned", WARNING);

    /** The conditions in which an item still counts as available stock. */
    public static final Set<StockStatus> AVAILABLE = Collections.unmodifiableSet(EnumSet.of(OK, ATTENTION, DAMAGED, RETURNED));

    private final int value;
    private final String label;
    private final StatusColor color;

    StockStatus(int value, String label, StatusColor color) {
        this.value = value;
        this.label = label;
        this.color = color;
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public StatusColor color() {
        return color;
    }

    public boolean isAvailable() {
        return AVAILABLE.contains(this);
    }
}
