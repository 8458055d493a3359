package org.stocktree.stock;

import static org.stocktree.common.StatusColor.*;

import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** What a stock tracking entry records (InvenTree's StockHistoryCode). All are shown in the default colour. */
public enum StockHistoryCode implements StatusCode {
    LEGACY(0, "Legacy stock tracking entry", SECONDARY),
    CREATED(1, "Stock item created", SECONDARY),
    EDITED(5, "Edited stock item", SECONDARY),
    ASSIGNED_SERIAL(6, "Assigned serial number", SECONDARY),
    STOCK_COUNT(10, "Stock counted", SECONDARY),
    STOCK_ADD(11, "Stock manually added", SECONDARY),
    STOCK_REMOVE(12, "Stock manually removed", SECONDARY),
    STOCK_SERIZALIZED(13, "Serialized stock items", SECONDARY), // InvenTree spells the constant this way
    RETURNED_TO_STOCK(15, "Returned to stock", SECONDARY),
    STOCK_MOVE(20, "Location changed", SECONDARY),
    STOCK_UPDATE(25, "Stock updated", SECONDARY),
    INSTALLED_INTO_ASSEMBLY(30, "Installed into assembly", SECONDARY),
    REMOVED_FROM_ASSEMBLY(31, "Removed from assembly", SECONDARY),
    INSTALLED_CHILD_ITEM(35, "Installed component item", SECONDARY),
    REMOVED_CHILD_ITEM(36, "Removed component item", SECONDARY),
    SPLIT_FROM_PARENT(40, "Split from parent item", SECONDARY),
    SPLIT_CHILD_ITEM(42, "Split child item", SECONDARY),
    MERGED_STOCK_ITEMS(45, "Merged stock items", SECONDARY),
    CONVERTED_TO_VARIANT(48, "Converted to variant", SECONDARY),
    BUILD_OUTPUT_CREATED(50, "Build order output created", SECONDARY),
    BUILD_OUTPUT_COMPLETED(55, "Build order output completed", SECONDARY),
    BUILD_OUTPUT_REJECTED(56, "Build order output rejected", SECONDARY),
    BUILD_CONSUMED(57, "Consumed by build order", SECONDARY),
    SHIPPED_AGAINST_SALES_ORDER(60, "Shipped against Sales Order", SECONDARY),
    RECEIVED_AGAINST_PURCHASE_ORDER(70, "Received against Purchase Order", SECONDARY),
    RETURNED_AGAINST_RETURN_ORDER(80, "Returned against Return Order", SECONDARY),
    SENT_TO_CUSTOMER(100, "Sent to customer", SECONDARY),
    RETURNED_FROM_CUSTOMER(105, "Returned from customer", SECONDARY);

    private final int value;
    private final String label;
    private final StatusColor color;

    StockHistoryCode(int value, String label, StatusColor color) {
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
