package org.stocktree.users;

import java.util.Arrays;
import java.util.Optional;

/**
 * InvenTree's roles: each covers one area of the system. A group's {@link RuleSet} for a role says
 * which of {@link Permission} its members hold there.
 */
public enum Role {
    ADMIN("admin", "Admin"),
    PART_CATEGORY("part_category", "Part Categories"),
    PART("part", "Parts"),
    BOM("bom", "Bills of Material"),
    STOCK_LOCATION("stock_location", "Stock Locations"),
    STOCK("stock", "Stock Items"),
    BUILD("build", "Build Orders"),
    PURCHASE_ORDER("purchase_order", "Purchase Orders"),
    SALES_ORDER("sales_order", "Sales Orders"),
    RETURN_ORDER("return_order", "Return Orders"),
    TRANSFER_ORDER("transfer_order", "Transfer Orders");

    private final String key;
    private final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in the API and in permission strings ({@code part}, {@code stock_location}). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> byKey(String key) {
        return Arrays.stream(values()).filter(role -> role.key.equals(key)).findFirst();
    }

    /** The security role that grants the permission on this role: {@code part.view}. */
    public String grant(Permission permission) {
        return key + "." + permission.key();
    }
}
