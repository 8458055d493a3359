package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.users.User;

/**
 * Writes tracking entries: every change of an item records what happened, by whom and the
 * deltas, in the transaction of the change itself, so history and stock never disagree.
 *
 * <p>An operation on one or a few items writes each entry as it goes. One on a list of items
 * ({@link #inBulk}) collects its entries and writes them all with {@link #write()}: their ids
 * taken from the sequence in one statement and the rows inserted in one statement (per
 * {@value #ROWS_PER_STATEMENT} entries), so a 1,000-item transfer does not cost a statement per
 * item, nor one per 50 ids. The operation writes before anything that would miss the entries
 * (deleting items, answering).
 */
final class History {

    /** {@value #COLUMNS} parameters a row, within PostgreSQL's 32,767 parameters a statement. */
    static final int ROWS_PER_STATEMENT = 4_000;
    private static final int COLUMNS = 8;
    private static final String TABLE = "stock_stockitemtracking";

    private final EntityManager em;
    private final User user;
    private final IdSequences sequences;
    private final List<StockItemTracking> pending = new ArrayList<>();

    History(EntityManager em, User user) {
        this(em, user, null);
    }

    private History(EntityManager em, User user, IdSequences sequences) {
        this.em = em;
        this.user = user;
        this.sequences = sequences;
    }

    /** History whose entries wait for {@link #write()}. */
    static History inBulk(EntityManager em, User user, IdSequences sequences) {
        return new History(em, user, sequences);
    }

    void record(StockItem item, StockHistoryCode code, String notes, Map<String, Object> deltas) {
        StockItemTracking entry = new StockItemTracking(item, code, user, notes == null || notes.isBlank() ? null : notes,
                deltas);
        if (sequences == null) {
            em.persist(entry);
        } else {
            pending.add(entry);
        }
    }

    /**
     * Inserts the collected entries. The items they name must have ids (new ones are persisted
     * already); the insert flushes the items' own changes first.
     */
    void write() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = sequences.reserve(TABLE, pending.size());
        JsonMapConverter json = new JsonMapConverter();
        for (int from = 0; from < pending.size(); from += ROWS_PER_STATEMENT) {
            List<StockItemTracking> rows = pending.subList(from, Math.min(pending.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into " + TABLE
                    + " (id, item_id, part_id, tracking_type, date, notes, user_id, deltas) values ");
            List<Object> values = new ArrayList<>(rows.size() * COLUMNS);
            for (int row = 0; row < rows.size(); row++) {
                StockItemTracking entry = rows.get(row);
                sql.append(row == 0 ? "(" : ", (");
                Object[] columns = {ids.get(from + row), entry.itemId(), entry.partId(), entry.getTrackingType(),
                        entry.getDate(), entry.getNotes(), entry.userId(), json.convertToDatabaseColumn(entry.getDeltas())};
                for (int column = 0; column < COLUMNS; column++) {
                    // a null is written as such: an untyped null parameter is not bound alike by every driver
                    sql.append(column == 0 ? "" : ", ").append(columns[column] == null ? "null" : "?");
                    if (columns[column] != null) {
                        values.add(columns[column]);
                    }
                }
                sql.append(')');
            }
            Query insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < values.size(); i++) {
                insert.setParameter(i + 1, values.get(i));
            }
            insert.executeUpdate();
        }
        pending.clear();
    }

    /** Deltas as InvenTree records them, from names and values in turn ({@code "stockitem", 5, ...}). */
    static Map<String, Object> deltas(Object... namesAndValues) {
        Map<String, Object> deltas = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            deltas.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return deltas;
    }
}
