package org.stocktree.platform.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row an importer writes as it is, with its imported id, bypassing the entities' rules and the
 * persistence context. Columns given null are left out, so they take the table's defaults as
 * the model defaults InvenTree's fixtures leave out.
 */
public final class TableRow {

    private final String table;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private TableRow(String table) {
        this.table = table;
    }

    public static TableRow into(String table) {
        return new TableRow(table);
    }

    public TableRow with(String column, Object value) {
        if (value != null) {
            columns.put(column, value);
        }
        return this;
    }

    public void insert(EntityManager em) {
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        int position = 0;
        for (String column : columns.keySet()) {
            names.append(position == 0 ? "" : ", ").append(column);
            marks.append(position == 0 ? "" : ", ").append('?').append(++position);
        }
        Query insert = em.createNativeQuery("insert into " + table + " (" + names + ") values (" + marks + ")");
        position = 0;
        for (Object value : columns.values()) {
            insert.setParameter(++position, value);
        }
        insert.executeUpdate();
    }

    /** Sets one reference of an imported row, once the row it points to is stored. */
    public static void link(EntityManager em, String table, long id, String column, long target) {
        em.createNativeQuery("update " + table + " set " + column + " = ?1 where id = ?2")
                .setParameter(1, target).setParameter(2, id).executeUpdate();
    }

    /** Refuses the record unless the row its field refers to exists. */
    public static void require(EntityManager em, String table, String field, long id) {
        boolean exists = !em.createNativeQuery("select 1 from " + table + " where id = ?1").setParameter(1, id)
                .setMaxResults(1).getResultList().isEmpty();
        if (!exists) {
            throw new RecordRejected("field '" + field + "': pk " + id + " does not exist");
        }
    }
}
