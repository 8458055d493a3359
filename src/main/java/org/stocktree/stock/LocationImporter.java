package org.stocktree.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;

/**
 * Imports InvenTree's {@code stock.stocklocation} records. The tree is rebuilt from the parent
 * links once everything is loaded: InvenTree's nested-set numbers ({@code lft}, {@code rght},
 * {@code tree_id}, {@code level}) are ignored, as they may be stale in an export.
 */
@ApplicationScoped
public class LocationImporter implements ModelImporter {

    static final String MODEL = "stock.stocklocation";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public java.util.Set<String> after() {
        return java.util.Set.of("stock.stocklocationtype");
    }

    @Override
    public List<String> tables() {
        return List.of(StockLocation.TABLE);
    }

    /** A location already stored with this pk is accepted when its name and parent are the record's. */
    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.text("name", 100);
        if (name == null || name.isBlank()) {
            throw new RecordRejected("field 'name' is required");
        }
        Long parent = reference(record, "parent");
        StockLocation existing = em.find(StockLocation.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name) && Objects.equals(existing.parentId(), parent)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the location '" + existing.getPathstring()
                    + "'; an import never changes an existing location");
        }
        session.claimId(StockLocation.TABLE, pk);
        String description = record.text("description", 250);
        String icon = record.has("custom_icon") ? record.text("custom_icon", 100) : record.text("icon", 100);
        em.createNativeQuery("insert into stock_stocklocation (id, name, description, structural, external, icon, "
                        + "barcode_data, barcode_hash, tree_path, tree_id, level, pathstring) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?2)")
                .setParameter(1, pk).setParameter(2, name)
                .setParameter(3, description == null ? "" : description)
                .setParameter(4, Boolean.TRUE.equals(record.bool("structural")))
                .setParameter(5, Boolean.TRUE.equals(record.bool("external")))
                .setParameter(6, icon == null || icon.isBlank() ? null : icon)
                .setParameter(7, Objects.requireNonNullElse(record.text("barcode_data", 500), ""))
                .setParameter(8, Objects.requireNonNullElse(record.text("barcode_hash", 128), ""))
                .setParameter(9, "/" + pk + "/").setParameter(10, pk)
                .executeUpdate();
        return true;
    }

    /** Parents, owners and types may come later in the import: they are set once all are loaded. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        if (!session.wrote(MODEL, record.id())) {
            return;
        }
        Long parent = reference(record, "parent");
        if (parent != null && em.find(StockLocation.class, parent) == null) {
            throw new RecordRejected("field 'parent': location pk " + parent + " does not exist");
        }
        Long owner = reference(record, "owner");
        if (owner != null && em.find(org.stocktree.users.Owner.class, owner) == null) {
            throw new RecordRejected("field 'owner': owner pk " + owner + " does not exist");
        }
        Long type = reference(record, "location_type");
        if (type != null && em.find(StockLocationType.class, type) == null) {
            throw new RecordRejected("field 'location_type': location type pk " + type + " does not exist");
        }
        em.createNativeQuery("update stock_stocklocation set parent_id = ?1, owner_id = ?2, location_type_id = ?3 "
                        + "where id = ?4")
                .setParameter(1, parent).setParameter(2, owner).setParameter(3, type).setParameter(4, record.id())
                .executeUpdate();
    }

    /** Rebuilds paths, levels, roots and pathstrings of every location from the parent links. */
    @Override
    public void finish(ImportSession session) {
        em.flush();
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : em.createQuery("select l.id, l.parent.id, l.name from StockLocation l", Object[].class)
                .getResultList()) {
            rows.put((Long) row[0], row);
        }
        Map<Long, String[]> placed = new HashMap<>();
        for (Long id : rows.keySet()) {
            String[] place = place(id, rows, placed, 0);
            em.createNativeQuery("update stock_stocklocation set tree_path = ?1, pathstring = ?2, tree_id = ?3, "
                            + "level = ?4 where id = ?5")
                    .setParameter(1, place[0]).setParameter(2, place[1]).setParameter(3, Long.parseLong(place[2]))
                    .setParameter(4, Integer.parseInt(place[3])).setParameter(5, id).executeUpdate();
        }
        em.clear();
    }

    /** {tree path, pathstring, root id, level} of a location, from its parent's. */
    private static String[] place(Long id, Map<Long, Object[]> rows, Map<Long, String[]> placed, int depth) {
        String[] known = placed.get(id);
        if (known != null) {
            return known;
        }
        if (depth > rows.size()) {
            throw new RecordRejected("stock.stocklocation pk " + id + ": the parent links form a cycle");
        }
        Object[] row = rows.get(id);
        Long parent = (Long) row[1];
        String[] place;
        if (parent == null) {
            place = new String[] {"/" + id + "/", (String) row[2], String.valueOf(id), "0"};
        } else {
            String[] above = place(parent, rows, placed, depth + 1);
            place = new String[] {above[0] + id + "/", above[1] + "/" + row[2], above[2],
                    String.valueOf(Integer.parseInt(above[3]) + 1)};
        }
        placed.put(id, place);
        return place;
    }

    private static Long reference(FixtureRecord record, String field) {
        if (!record.has(field)) {
            return null;
        }
        var value = record.fields().get(field);
        if (!value.isIntegralNumber()) {
            throw new RecordRejected("field '" + field + "' must be a pk");
        }
        return value.asLong();
    }
}
