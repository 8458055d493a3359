package org.stocktree.order;

import static org.stocktree.common.StatusColor.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** Where a return order stands (InvenTree's ReturnOrderStatus). */
public enum ReturnOrderStatus implements StatusCode {
    PENDING(10, "Pending", SECONDARY),
    IN_PROGRESS(20, "In Progress", PRIMARY),
    ON_HOLD(25, "On Hold", WARNING),
    COMPLETE(30, "Complete", SUCCESS),
    CANCELLED(40, "Cancelled", DANGER);

    public static final Set<ReturnOrderStatus> OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING, ON_HOLD, IN_PROGRESS));

    public static final Set<ReturnOrderStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(COMPLETE));

    private final int value;
    private final String label;
    private final StatusColor color;

    ReturnOrderStatus(int value, String label, StatusColor color) {
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

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
