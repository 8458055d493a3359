package org.stocktree.stock;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stocktree.common.tags.Tags;

/**
 * Turns a page of locations into rows. The ancestors a path shows, the location types and the
 * tags are read once for the page, so a page costs the same statements whatever its size.
 */
final class LocationRows {

    /** The model name tags know locations by. */
    static final String MODEL = "stocklocation";

    /** What a path needs to know about an ancestor. */
    private record Ancestor(long id, String name, String icon) {
    }

    private final EntityManager em;
    private final Tags tags;
    private final boolean pathDetail;
    private final String defaultIcon;
    private final Map<Long, Ancestor> ancestors = new HashMap<>();

    LocationRows(EntityManager em, Tags tags, boolean pathDetail, String defaultIcon) {
        this.em = em;
        this.tags = tags;
        this.pathDetail = pathDetail;
        this.defaultIcon = defaultIcon == null ? "" : defaultIcon;
    }

    List<LocationRow> of(List<StockLocation> locations) {
        List<Long> ids = locations.stream().map(StockLocation::getId).toList();
        if (pathDetail) {
            load(locations);
        }
        Map<Long, StockLocationType> types = types(locations);
        Map<Long, List<String>> tagNames = ids.isEmpty() ? Map.of() : tags.ofAll(MODEL, ids);
        List<LocationRow> rows = new ArrayList<>();
        for (StockLocation location : locations) {
            StockLocationType type = types.get(location.locationTypeId());
            rows.add(new LocationRow(location.getId(), location.getBarcodeHash(), location.getName(),
                    location.getLevel(), location.getDescription(), location.parentId(), location.getPathstring(),
                    pathDetail ? path(location) : null, location.getItems(), location.getSublocations(),
                    location.ownerId(), icon(location.getCustomIcon(), type), location.getCustomIcon(),
                    location.isStructural(), location.isExternal(), location.locationTypeId(),
                    type == null ? null : LocationTypeRow.of(type), tagNames.getOrDefault(location.getId(), List.of())));
        }
        return rows;
    }

    /** The location's own icon, else its type's, else the default icon setting (InvenTree's order). */
    String icon(String customIcon, StockLocationType type) {
        if (customIcon != null && !customIcon.isBlank()) {
            return customIcon;
        }
        if (type != null && !type.getIcon().isBlank()) {
            return type.getIcon();
        }
        return defaultIcon;
    }

    /** The types of the page with their location counts, in one statement. */
    private Map<Long, StockLocationType> types(List<StockLocation> locations) {
        Set<Long> ids = new LinkedHashSet<>();
        locations.forEach(location -> {
            if (location.locationTypeId() != null) {
                ids.add(location.locationTypeId());
            }
        });
        Map<Long, StockLocationType> types = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t from StockLocationType t left join fetch t.totals where t.id in :ids",
                    StockLocationType.class).setParameter("ids", ids).getResultList()
                    .forEach(type -> types.put(type.getId(), type));
        }
        return types;
    }

    /** Reads every ancestor of the locations in one statement. */
    void load(Collection<StockLocation> locations) {
        loadPaths(locations.stream().map(location -> location.treePath().value()).toList());
    }

    /** The root-to-location path (the location included). Call {@link #load} first. */
    List<LocationRow.PathStep> path(StockLocation location) {
        return path(location.treePath().value());
    }

    List<LocationRow.PathStep> path(String treePath) {
        List<LocationRow.PathStep> steps = new ArrayList<>();
        for (long id : idsOnPath(treePath)) {
            Ancestor step = ancestors.get(id);
            if (step != null) {
                steps.add(new LocationRow.PathStep(step.id(), step.name(), step.icon()));
            }
        }
        return steps;
    }

    /** Reads the ancestors of locations known by their tree paths, in one statement. */
    void loadPaths(Collection<String> treePaths) {
        Set<Long> wanted = new LinkedHashSet<>();
        treePaths.forEach(path -> wanted.addAll(idsOnPath(path)));
        wanted.removeAll(ancestors.keySet());
        if (wanted.isEmpty()) {
            return;
        }
        em.createQuery("select l.id, l.name, l.customIcon, t.icon from StockLocation l left join l.locationType t "
                        + "where l.id in :ids", Object[].class)
                .setParameter("ids", wanted).getResultList()
                .forEach(found -> {
                    String own = (String) found[2];
                    String typeIcon = (String) found[3];
                    String icon = own != null && !own.isBlank() ? own
                            : typeIcon != null && !typeIcon.isBlank() ? typeIcon : defaultIcon;
                    ancestors.put((Long) found[0], new Ancestor((Long) found[0], (String) found[1], icon));
                });
    }

    private static List<Long> idsOnPath(String treePath) {
        List<Long> ids = new ArrayList<>();
        for (String id : treePath.split("/")) {
            if (!id.isEmpty()) {
                ids.add(Long.parseLong(id));
            }
        }
        return ids;
    }
}
