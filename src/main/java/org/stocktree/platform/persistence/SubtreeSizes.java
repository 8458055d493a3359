package org.stocktree.platform.persistence;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many nodes lie below each node of a page of a tree, for the tree views, which show that and
 * nothing else of a node's subtree. The totals views answer it too, but count parts or items of
 * every subtree on the way: for the 2,000 categories of the benchmark that read 2.6 million rows.
 * Here the paths of the page's trees are read in one light statement and each path counts once for
 * every node above it.
 */
public final class SubtreeSizes {

    /** Above this many trees in a page, all paths are read rather than naming every tree. */
    private static final int TREES_NAMED = 10_000;

    private final Map<String, Long> below;

    private SubtreeSizes(Map<String, Long> below) {
        this.below = below;
    }

    /** The sizes for the nodes of {@code page}, an entity with {@code treePath} and {@code treeId}. */
    public static SubtreeSizes of(EntityManager em, Class<?> entity, Collection<TreePath> page) {
        Set<Long> trees = page.stream().map(TreePath::rootId).collect(Collectors.toSet());
        if (trees.isEmpty()) {
            return new SubtreeSizes(Map.of());
        }
        String select = "select e.treePath from " + entity.getSimpleName() + " e";
        Collection<String> paths = trees.size() > TREES_NAMED
                ? em.createQuery(select, String.class).getResultList()
                : em.createQuery(select + " where e.treeId in :trees", String.class).setParameter("trees", trees)
                        .getResultList();
        return new SubtreeSizes(counted(paths));
    }

    /** Each path counts for every proper prefix of it: {@code /1/5/9/} for {@code /1/} and {@code /1/5/}. */
    static Map<String, Long> counted(Collection<String> paths) {
        Map<String, Long> below = new HashMap<>();
        for (String path : paths) {
            for (int end = path.indexOf('/', 1); end >= 0 && end < path.length() - 1; end = path.indexOf('/', end + 1)) {
                below.merge(path.substring(0, end + 1), 1L, Long::sum);
            }
        }
        return below;
    }

    /** How many nodes lie below {@code node} (not counting itself). */
    public long below(TreePath node) {
        return below.getOrDefault(node.value(), 0L);
    }
}
