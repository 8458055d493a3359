package org.stocktree.users;

/** What a role allows: read, create, edit or delete the objects it covers. */
public enum Permission {
    VIEW("view"),
    ADD("add"),
    CHANGE("change"),
    DELETE("delete");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
