package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stock already at a destination that items moved there (transferred or returned with
 * {@code merge}) may join, as InvenTree's "merge into existing stock" does: the moved item is
 * taken in by the oldest compatible item there (same part, supplier part and status, free stock,
 * not serialized) and deleted.
 *
 * <p>The possible targets are looked up before anything is locked and then locked together with
 * the request's own items, all in id order ({@link Adjustment#read}), so a merge never waits for a
 * row while holding a higher one: two requests cannot deadlock. A target is only used after its
 * lock, checked against its current state. Items merged away are deleted at the end
 * ({@link #removeMerged}), after every line, so no line works on a deleted row.
 */
final class MergeTargets {

    private final EntityManager em;
    private final StockLocation destination;
    /** The locked items that can take in stock, by id: the oldest compatible one is chosen. */
    private final Map<Long, StockItem> targets = new TreeMap<>();
    private final Set<StockItem> mergedAway = new HashSet<>();

    MergeTargets(EntityManager em, StockLocation destination) {
        this.em = em;
        this.destination = destination;
    }

    /**
     * The ids to lock: the request's items and the stock at the destination that could take in
     * the merging ones (of their parts) (read without a lock; what changed meanwhile is checked after locking).
     */
    Long[] withCandidates(Long[] itemIds, Long[] merging) {
        List<Long> named = new ArrayList<>();
        for (Long id : merging) {
            if (id != null) {
                named.add(id);
            }
        }
        Set<Long> all = new LinkedHashSet<>(java.util.Arrays.asList(itemIds));
        if (!named.isEmpty()) {
            all.addAll(em.createQuery("select distinct t.id from StockItem t, StockItem i where i.id in :items "
                            + "and t.part = i.part and t.location = :destination and (t.serial is null or t.serial = '') "
                            + "and t.customer is null and t.belongsTo is null and t.salesOrder is null "
                            + "and t.consumedBy is null and t.building = false", Long.class)
                    .setParameter("items", named).setParameter("destination", destination).getResultList());
        }
        return all.toArray(Long[]::new);
    }

    /** Keeps the locked items that are at the destination as possible targets. */
    void lockedAll(Collection<StockItem> locked) {
        StockItemTotals.readFor(em, locked.stream().map(StockItem::getId).toList());
        locked.forEach(this::arrived);
    }

    /** An item now at the destination (moved there whole or split off) may take in later lines. */
    void arrived(StockItem item) {
        if (destination.equals(item.getLocation()) && !mergedAway.contains(item)) {
            targets.put(item.getId(), item);
        }
    }

    /** Whether the item was merged into another one by an earlier line of this request. */
    boolean isMergedAway(StockItem item) {
        return mergedAway.contains(item);
    }

    /**
     * Merges an item that has just reached the destination into the oldest compatible item there
     * ("Merged stock items" on that one, with its new quantity), or keeps it as it is when there is
     * none; false then.
     */
    boolean merge(StockItem moved, History history, String notes) {
        if (moved.mergeRefusal() != null) {
            arrived(moved);
            return false;
        }
        for (StockItem target : targets.values()) {
            if (target != moved && !mergedAway.contains(target) && destination.equals(target.getLocation())
                    && target.mergeRefusal() == null && moved.mergeRefusal(target, false, false) == null) {
                MergeResource.mergeInto(target, List.of(moved), destination, history, notes);
                mergedAway.add(moved);
                targets.remove(moved.getId());
                return true;
            }
        }
        arrived(moved);
        return false;
    }

    /** Deletes the items merged away (their history stays, their children join their parent). */
    void removeMerged(StockItemRemoval removal) {
        removal.remove(mergedAway.stream().map(StockItem::getId).toList());
    }
}
