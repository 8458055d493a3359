package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a node sits in a tree: the ids from the root down to the node, {@code "/1/5/9/"}.
 *
 * <p>InvenTree keeps its trees as nested sets (MPTT), which renumber half the table when a node
 * moves. A path instead makes a subtree one {@code LIKE '/1/5/%'} on an indexed column, and moving
 * a subtree one {@code UPDATE} of the paths that start with the old prefix, whatever its size.
 */
public record TreePath(String value) {

    /** The path of a node with no parent. */
    static TreePath root(long id) {
        return new TreePath("/" + id + "/");
    }

    /** The path of a node with this id under this node. */
    TreePath child(long id) {
        return new TreePath(value + id + "/");
    }

    /** The path of a node under {@code parent}, or a root when there is none. */
    static TreePath under(TreePath parent, long id) {
        return parent == null ? root(id) : parent.child(id);
    }

    /** A LIKE pattern matching this node and everything below it (ids never contain wildcards). */
    String subtreePattern() {
        return value + "%";
    }

    /** Whether {@code other} is this node or lies below it. */
    boolean contains(TreePath other) {
        return other.value.startsWith(value);
    }

    /** The id of the tree's root: InvenTree's {@code tree_id}. */
    long rootId() {
        String first = value.substring(1, value.indexOf('/', 1));
        return Long.parseLong(first);
    }

    /** 0 at the root. */
    int level() {
        return (int) value.chars().filter(c -> c == '/').count() - 2;
    }

    /**
     * Moves every node strictly below {@code from} so that it hangs below {@code to} instead: new
     * paths, levels and root ids in one statement. With {@code textColumn} (e.g. a category's
     * {@code pathstring} of names) that column's prefix is replaced in the same statement.
     * Run it after the moved node itself has been flushed; it bypasses the persistence context.
     */
    static int moveSubtree(EntityManager em, String table, TreePath from, TreePath to,
            String textColumn, String oldText, String newText) {
        String texts = textColumn == null ? ""
                : ", " + textColumn + " = :newText || substring(" + textColumn + ", :textCut)";
        var update = em.createNativeQuery("update " + table + " set tree_path = :newPath || substring(tree_path, :pathCut), "
                        + "level = level + :levels, tree_id = :root" + texts
                        + " where tree_path like :subtree and tree_path <> :moved")
                .setParameter("newPath", to.value)
                .setParameter("pathCut", from.value.length() + 1)
                .setParameter("levels", to.level() - from.level())
                .setParameter("root", to.rootId())
                .setParameter("subtree", from.subtreePattern())
                .setParameter("moved", from.value);
        if (textColumn != null) {
            update.setParameter("newText", newText).setParameter("textCut", oldText.length() + 1);
        }
        return update.executeUpdate();
    }

    /**
     * Recomputes every row's path, level and root id from the parent links, and with
     * {@code textColumn} its names path ({@code pathstring}) from {@code nameColumn}: imported
     * records arrive in any order, so their places are known only once all are stored. Writes
     * only the rows whose values change.
     *
     * @throws IllegalStateException when the parent links form a cycle
     */
    static int rebuild(EntityManager em, String table, String parentColumn, String nameColumn, String textColumn) {
        String texts = textColumn == null ? ", null, null" : ", " + nameColumn + ", " + textColumn;
        List<?> rows = em.createNativeQuery("select id, " + parentColumn + ", tree_path" + texts + " from " + table)
                .getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byId.put(((Number) columns[0]).longValue(), columns);
        }
        Map<Long, String[]> placed = new HashMap<>();
        int changed = 0;
        for (Long id : byId.keySet()) {
            String[] place = place(id, byId, placed, new HashSet<>());
            Object[] columns = byId.get(id);
            if (place[0].equals(columns[2]) && (textColumn == null || place[1].equals(columns[4]))) {
                continue;
            }
            TreePath path = new TreePath(place[0]);
            var update = em.createNativeQuery("update " + table + " set tree_path = :path, level = :level, tree_id = :root"
                            + (textColumn == null ? "" : ", " + textColumn + " = :text") + " where id = :id")
                    .setParameter("path", path.value).setParameter("level", path.level())
                    .setParameter("root", path.rootId()).setParameter("id", id);
            if (textColumn != null) {
                update.setParameter("text", place[1]);
            }
            changed += update.executeUpdate();
        }
        return changed;
    }

    /** The path and names path of one row, from its parent's (placed first). */
    private static String[] place(Long id, Map<Long, Object[]> byId, Map<Long, String[]> placed, Set<Long> visiting) {
        String[] known = placed.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            throw new IllegalStateException("row " + id + " is its own ancestor");
        }
        Object[] columns = byId.get(id);
        Long parent = columns[1] == null ? null : ((Number) columns[1]).longValue();
        String name = columns[3] == null ? "" : columns[3].toString();
        String[] place;
        if (parent == null || !byId.containsKey(parent)) {
            place = new String[] {root(id).value, name};
        } else {
            String[] above = place(parent, byId, placed, visiting);
            place = new String[] {new TreePath(above[0]).child(id).value, above[1] + "/" + name};
        }
        placed.put(id, place);
        return place;
    }
}
