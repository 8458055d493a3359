package org.stocktree.order;

import static org.stocktree.common.StatusColor.*;

import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** What is to happen to a returned item (InvenTree's ReturnOrderLineStatus, the line's outcome). */
public enum ReturnOrderLineStatus implements StatusCode {
    PENDING(10, "Pending", SECONDARY),
    RETURN(20, "Return", SUCCESS),
    REPAIR(30, "Repair", PRIMARY),
    REPLACE(40, "Replace", WARNING),
    REFUND(50, "Refund", INFO),
    REJECT(60, "Reject", DANGER);

    private final int value;
    private final String label;
    private final StatusColor color;

    ReturnOrderLineStatus(int value, String label, StatusColor color) {
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
}
