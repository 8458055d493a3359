package org.stocktree.order;

import static org.stocktree.common.StatusColor.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** Where a sales order stands (InvenTree's SalesOrderStatus). */
public enum SalesOrderStatus implements StatusCode {
    PENDING(10, "Pending", SECONDARY),
    IN_PROGRESS(15, "In Progress", PRIMARY),
    SHIPPED(20, "Shipped", PRIMARY),
    ON_HOLD(25, "On Hold", WARNING),
    COMPLETE(30, "Complete", SUCCESS),
    CANCELLED(40, "Cancelled", DANGER),
    LOST(50, "Lost", WARNING),
    RETURNED(60, "Returned", WARNING);

    /** Orders not yet shipped in full. */
    public static final Set<SalesOrderStatus> OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING, ON_HOLD, IN_PROGRESS));

    /** Shipped orders count as complete, as in InvenTree. */
    public static final Set<SalesOrderStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(SHIPPED, COMPLETE));

    private final int value;
    private final String label;
    private final StatusColor color;

    SalesOrderStatus(int value, String label, StatusColor color) {
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
