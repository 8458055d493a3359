package org.stocktree.stock;

import org.stocktree.common.barcodes.BarcodeModel;
import org.stocktree.common.barcodes.HasBarcode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.TreePath;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.Owner;

/**
 * A place stock is kept, in a tree of any depth. A structural location only groups other
 * locations: items cannot be placed in it directly. An external location is stock held elsewhere
 * (at a supplier, on loan), still counted.
 *
 * <p>Like a part category, a location knows its place in the tree ({@link TreePath}) and its
 * {@code pathstring} of names, both changing for the whole subtree when it moves or is renamed.
 */
@Entity
@Table(name = "stock_stocklocation")
@BarcodeModel(code = "SL", apiUrl = "/api/stock/location/", webUrl = "/web/stock/location/")
@ModelType(app = "stock", model = "stocklocation", roles = {"stock_location", "build"}, display = "name")
public class StockLocation extends BaseEntity implements HasMetadata, HasBarcode {

    static final String TABLE = "stock_stocklocation";

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 250)
    private String description = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private StockLocation parent;

    @Column(nullable = false)
    private String pathstring = "";

    @Column(name = "tree_path", nullable = false)
    private String treePath = "";

    @Column(name = "tree_id", nullable = false)
    private long treeId;

    @Column(nullable = false)
    private int level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Owner owner;

    /** The location's own icon (InvenTree's {@code custom_icon}); its type's when it has none. */
    @Column(name = "icon", length = 100)
    private String customIcon;

    @Column(nullable = false)
    private boolean structural;

    @Column(nullable = false)
    private boolean external;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_type_id")
    private StockLocationType locationType;

    @Column(name = "barcode_data", nullable = false, length = 500)
    private String barcodeData = "";

    @Column(name = "barcode_hash", nullable = false, length = 128)
    private String barcodeHash = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** Item and sub-location counts over the subtree, from a view; lists read them with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private LocationTotals totals;

    protected StockLocation() {
    }

    StockLocation(String name) {
        this.name = name;
    }

    /**
     * Applies checked values. A new parent or name moves the whole subtree (paths, levels and
     * pathstrings of every location below, in one statement). A new location is placed when it is
     * persisted ({@link #persistInto}).
     */
    void apply(FormValues values, EntityManager em) {
        StockLocation newParent = values.entity("parent", StockLocation.class, parent);
        if (newParent != null && getId() != null && treePath().contains(newParent.treePath())) {
            throw FieldErrors.of("parent", "Invalid choice");
        }
        boolean newStructural = values.bool("structural", structural);
        if (newStructural && !structural && getId() != null && holdsItems(em)) {
            throw FieldErrors.of("structural", "You cannot make this stock location structural because some stock "
                    + "items are already located into it!");
        }
        String newName = values.text("name", name);
        if (getId() == null || !newName.equals(name) || newParent != parent) {
            requireUniqueName(newName, newParent, em);
        }
        description = values.text("description", description);
        owner = values.entity("owner", Owner.class, owner);
        customIcon = values.text("custom_icon", customIcon);
        external = values.bool("external", external);
        locationType = values.entity("location_type", StockLocationType.class, locationType);
        structural = newStructural;
        place(newName, newParent, em);
    }

    /** InvenTree's tree rule: siblings (top-level locations included) have different names. */
    private void requireUniqueName(String newName, StockLocation newParent, EntityManager em) {
        var query = em.createQuery("select l.id from StockLocation l where l.name = :name and "
                        + (newParent == null ? "l.parent is null" : "l.parent = :parent")
                        + (getId() == null ? "" : " and l.id <> :id"), Long.class)
                .setParameter("name", newName).setMaxResults(1);
        if (newParent != null) {
            query.setParameter("parent", newParent);
        }
        if (getId() != null) {
            query.setParameter("id", getId());
        }
        if (!query.getResultList().isEmpty()) {
            throw FieldErrors.general("Duplicate names cannot exist under the same parent");
        }
    }

    /** Puts the location under {@code newParent} with {@code newName}, carrying its subtree along. */
    private void place(String newName, StockLocation newParent, EntityManager em) {
        TreePath before = treePath.isEmpty() ? null : treePath();
        String oldPathstring = pathstring;
        name = newName;
        parent = newParent;
        if (getId() == null) {
            return; // placed by persistInto, once it has its id
        }
        TreePath after = TreePath.under(newParent == null ? null : newParent.treePath(), getId());
        treePath = after.value();
        treeId = after.rootId();
        level = after.level();
        pathstring = newParent == null ? name : newParent.getPathstring() + "/" + name;
        if (before != null && (!before.equals(after) || !oldPathstring.equals(pathstring))) {
            em.flush();
            TreePath.moveSubtree(em, TABLE, before, after, "pathstring", oldPathstring, pathstring);
        }
    }

    /** Hangs the location (and its subtree) under another, or makes it a root. */
    void moveUnder(StockLocation newParent, EntityManager em) {
        place(name, newParent, em);
    }

    /** Stores a new location and gives it its place in the tree, which its id is part of. */
    void persistInto(EntityManager em) {
        em.persist(this);
        place(name, parent, em);
    }

    private boolean holdsItems(EntityManager em) {
        return !em.createQuery("select i.id from StockItem i where i.location = :location", Long.class)
                .setParameter("location", this).setMaxResults(1).getResultList().isEmpty();
    }

    public TreePath treePath() {
        return new TreePath(treePath);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public StockLocation getParent() {
        return parent;
    }

    public Long parentId() {
        return parent == null ? null : parent.getId();
    }

    public String getPathstring() {
        return pathstring;
    }

    public long getTreeId() {
        return treeId;
    }

    public int getLevel() {
        return level;
    }

    public Owner getOwner() {
        return owner;
    }

    public Long ownerId() {
        return owner == null ? null : owner.getId();
    }

    public String getCustomIcon() {
        return customIcon;
    }

    public boolean isStructural() {
        return structural;
    }

    public boolean isExternal() {
        return external;
    }

    public StockLocationType getLocationType() {
        return locationType;
    }

    public Long locationTypeId() {
        return locationType == null ? null : locationType.getId();
    }

    public String getBarcodeHash() {
        return barcodeHash;
    }

    @Override
    public String getBarcodeData() {
        return barcodeData;
    }

    @Override
    public void linkBarcode(String data, String hash) {
        barcodeData = data;
        barcodeHash = hash;
    }

    /** Items here and below; zero for a location created in this transaction. */
    public long getItems() {
        return totals == null ? 0 : totals.getItems();
    }

    public long getSublocations() {
        return totals == null ? 0 : totals.getSublocations();
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
