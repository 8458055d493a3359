package org.stocktree.order;

import static org.stocktree.common.StatusColor.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** Where a purchase order stands (InvenTree's PurchaseOrderStatus). */
public enum PurchaseOrderStatus implements StatusCode {
    PENDING(10, "Pending", SECONDARY),
    PLACED(20, "Placed", PRIMARY),
    ON_HOLD(25, "On Hold", WARNING),
    COMPLETE(30, "Complete", SUCCESS),
    CANCELLED(40, "Cancelled", DANGER),
    LOST(50, "Lost", WARNING),
    RETURNED(60, "Returned", WARNING);

    /** Orders not yet received in full. */
    public static final Set<PurchaseOrderStatus> OPEN = Collections.unmodifiableSet(EnumSet.of(PENDING, ON_HOLD, PLACED));

    public static final Set<PurchaseOrderStatus> FAILED = Collections.unmodifiableSet(EnumSet.of(CANCELLED, LOST, RETURNED));

    public static final Set<PurchaseOrderStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(COMPLETE));

    private final int value;
    private final String label;
    private final StatusColor color;

    PurchaseOrderStatus(int value, String label, StatusColor color) {
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
