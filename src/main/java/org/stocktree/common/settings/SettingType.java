package org.stocktree.common.settings;

/** The kind of value a setting holds, named as InvenTree's API reports it in {@code type}. */
public enum SettingType {
    BOOLEAN("boolean"),
    INTEGER("integer"),
    STRING("string"),
    CHOICE("choice"),
    RELATED("related field");

    private final String wireName;

    SettingType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    static SettingType fromWireName(String name) {
        for (SettingType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown setting type: " + name);
    }
}
