package org.stocktree.common.settings;

import java.util.Map;

/**
 * The stored rows of one set of settings (the global ones, or one user's), as cached: the value
 * and row id of every setting that has been written, by key.
 */
record StoredValues(Map<String, Row> rows) {

    record Row(long id, String text) {
    }

    StoredValues {
        rows = Map.copyOf(rows);
    }

    Row row(String key) {
        return rows.get(key);
    }
}
