package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import org.stocktree.platform.persistence.TreePath;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Where a serial number must be unique, as the database enforces it: each serialized item
 * carries its scope ({@code serial_scope}), the {@code tree_id} of its part's variant tree, or 0
 * while serials are globally unique, and a unique index covers scope and serial (migration V18).
 * The check before each write answers the usual 400; the index settles the requests that raced
 * past that check together, and {@link #flush} turns its violation into the same 400.
 */
public final class SerialScope {

    /** The unique index over scope and serial. */
    static final String INDEX = "stock_stockitem_serial_unique";

    /** Both PostgreSQL and H2 report a unique violation with this SQL state. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SerialScope() {
    }

    /** The scope an item's serial is unique in: null without a serial. */
    static Long of(String serial, long partTreeId, boolean globallyUnique) {
        if (serial == null) {
            return null;
        }
        return globallyUnique ? 0L : partTreeId;
    }

    /**
     * Writes pending changes now, so that a serial taken by a concurrent request answers
     * {@code {"serial": ["Serial number already exists"]}} instead of failing at commit.
     */
    static void flush(EntityManager em, String field) {
        try {
            em.flush();
        } catch (PersistenceException failed) {
            if (isSerialConflict(failed)) {
                throw FieldErrors.of(field, "Serial number already exists");
            }
            throw failed;
        }
    }

    /** Whether the failure is the serial index refusing a second item with the same serial. */
    static boolean isSerialConflict(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains(INDEX)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Gives imported serialized items (written without a scope) theirs, once the parts' trees are
     * known. Returns the number of items scoped.
     */
    static int scopeImported(EntityManager em, boolean globallyUnique) {
        return em.createNativeQuery("update stock_stockitem set serial_scope = "
                        + (globallyUnique ? "0" : "(select p.tree_id from part_part p where p.id = stock_stockitem.part_id)")
                        + " where serial is not null and serial_scope is null")
                .executeUpdate();
    }

    /**
     * Moves the serial scope of the items of a part subtree that moved to another variant tree,
     * so their serials are unique in the tree they are now in. Items scoped globally stay so.
     */
    public static int followPartTree(EntityManager em, TreePath moved) {
        return em.createNativeQuery("update stock_stockitem set serial_scope = :root "
                        + "where serial_scope is not null and serial_scope <> 0 "
                        + "and part_id in (select p.id from part_part p where p.tree_path like :subtree)")
                .setParameter("root", moved.rootId()).setParameter("subtree", moved.subtreePattern())
                .executeUpdate();
    }
}
