package org.stocktree.part;

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
import org.stocktree.common.parameters.HasParameters;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/**
 * A category of parts, in a tree of any depth. A structural category only groups other
 * categories: parts cannot be placed in it directly.
 *
 * <p>The category knows its place in the tree ({@link TreePath}) and its {@code pathstring}, the
 * names from the root joined by "/"; both change for the whole subtree when it moves or is renamed.
 */
@Entity
@Table(name = "part_partcategory")
@ModelType(app = "part", model = "partcategory", roles = {"part_category", "build"}, display = "name")
public class PartCategory extends BaseEntity implements HasMetadata, HasParameters {

    static final String TABLE = "part_partcategory";

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 250)
    private String description = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PartCategory parent;

    @Column(nullable = false)
    private String pathstring = "";

    @Column(name = "tree_path", nullable = false)
    private String treePath = "";

    @Column(name = "tree_id", nullable = false)
    private long treeId;

    @Column(nullable = false)
    private int level;

    /** A stock location's id; stock locations do not exist yet, so nothing checks it. */
    @Column(name = "default_location_id")
    private Long defaultLocation;

    @Column(name = "default_keywords", length = 250)
    private String defaultKeywords;

    @Column(nullable = false)
    private boolean structural;

    @Column(length = 100)
    private String icon;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** Counts over the subtree, from a view; lists read them with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private CategoryTotals totals;

    protected PartCategory() {
    }

    PartCategory(String name) {
        this.name = name;
    }

    /**
     * Applies checked values. A new parent moves the whole subtree (paths and levels of every
     * category below, in one statement); so does a new name, whose pathstring the subtree shares.
     * A new category is placed when it is persisted ({@link #persistInto}).
     */
    void apply(FormValues values, EntityManager em) {
        PartCategory newParent = values.entity("parent", PartCategory.class, parent);
        if (newParent != null && getId() != null && treePath().contains(newParent.treePath())) {
            throw FieldErrors.of("parent", "Cannot assign category to itself or one of its sub-categories");
        }
        boolean newStructural = values.bool("structural", structural);
        if (newStructural && !structural && getId() != null && holdsParts(em)) {
            throw FieldErrors.of("structural", "You cannot make this part category structural because some parts "
                    + "are already assigned to it!");
        }
        description = values.text("description", description);
        defaultLocation = values.has("default_location") ? values.integer("default_location", null) : defaultLocation;
        defaultKeywords = values.text("default_keywords", defaultKeywords);
        icon = values.text("icon", icon);
        structural = newStructural;
        place(values.text("name", name), newParent, em);
    }

    /** Puts the category under {@code newParent} with {@code newName}, carrying its subtree along. */
    private void place(String newName, PartCategory newParent, EntityManager em) {
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

    /** Hangs the category (and its subtree) under another, or makes it a root. */
    void moveUnder(PartCategory newParent, EntityManager em) {
        place(name, newParent, em);
    }

    /** Stores a new category and gives it its place in the tree, which its id is part of. */
    void persistInto(EntityManager em) {
        em.persist(this);
        place(name, parent, em);
    }

    private boolean holdsParts(EntityManager em) {
        return !em.createQuery("select p.id from Part p where p.category = :category", Long.class)
                .setParameter("category", this).setMaxResults(1).getResultList().isEmpty();
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

    public PartCategory getParent() {
        return parent;
    }

    /** The parent's id without loading the parent. */
    public Long parentId() {
        return References.idOf(parent);
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

    public Long getDefaultLocation() {
        return defaultLocation;
    }

    public String getDefaultKeywords() {
        return defaultKeywords;
    }

    public boolean isStructural() {
        return structural;
    }

    public String getIcon() {
        return icon;
    }

    /** Part and sub-category counts; zero for a category created in this transaction. */
    public long getPartCount() {
        return totals == null ? 0 : totals.getPartCount();
    }

    public long getSubcategories() {
        return totals == null ? 0 : totals.getSubcategories();
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
