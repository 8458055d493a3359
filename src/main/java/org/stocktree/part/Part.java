package org.stocktree.part;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.platform.persistence.TreePath;
import org.stocktree.common.HasAttachments;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.parameters.HasParameters;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.platform.text.SafeMarkdown;
import org.stocktree.users.Owner;
import org.stocktree.users.User;

/**
 * A part: anything that is stocked, bought, sold or built. Parts form trees of their own: a
 * template part has variants ({@code variant_of}), kept as a {@link TreePath} like categories;
 * and a part may be a revision of another ({@code revision_of}), one level only.
 */
@Entity
@Table(name = "part_part")
@BarcodeModel(code = "PA", apiUrl = "/api/part/", webUrl = "/web/part/")
@ModelType(app = "part", model = "part", roles = {"part", "build"}, display = "name")
public class Part extends BaseEntity implements HasMetadata, HasAttachments, HasParameters, HasBarcode {

    static final String TABLE = "part_part";

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "ipn", length = 100)
    private String ipn = "";

    @Column(length = 100)
    private String revision = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_of_id")
    private Part revisionOf;

    @Column(nullable = false, length = 250)
    private String description = "";

    @Column(length = 250)
    private String keywords;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private PartCategory category;

    @Column(length = 20)
    private String units = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "variant_of_id")
    private Part variantOf;

    @Column(name = "tree_path", nullable = false)
    private String treePath = "";

    @Column(name = "tree_id", nullable = false)
    private long treeId;

    @Column(nullable = false)
    private int level;

    @Column(name = "is_template", nullable = false)
    private boolean template;

    @Column(nullable = false)
    private boolean assembly;

    @Column(nullable = false)
    private boolean component = true;

    @Column(nullable = false)
    private boolean trackable;

    @Column(nullable = false)
    private boolean testable;

    @Column(nullable = false)
    private boolean purchaseable = true;

    @Column(nullable = false)
    private boolean salable;

    @Column(nullable = false)
    private boolean virtual;

    @Column(nullable = false)
    private boolean consumable;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean locked;

    @Column(length = 2000)
    private String link;

    private String image;

    private String notes;

    @Column(name = "barcode_hash", nullable = false)
    private String barcodeHash = "";

    @Column(name = "barcode_data", nullable = false, length = 500)
    private String barcodeData = "";

    @Column(name = "creation_date", updatable = false)
    private LocalDate creationDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "creation_user_id")
    private User creationUser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_id")
    private Owner responsible;

    /** A stock location's id: the form checks it names a location, a foreign key keeps it one. */
    @Column(name = "default_location_id")
    private Long defaultLocation;

    @Column(name = "default_expiry", nullable = false)
    private long defaultExpiry;

    @Column(name = "minimum_stock", nullable = false, precision = 19, scale = 6)
    private BigDecimal minimumStock = BigDecimal.ZERO;

    @Column(name = "maximum_stock", nullable = false, precision = 19, scale = 6)
    private BigDecimal maximumStock = BigDecimal.ZERO;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** The checksum of the BOM's lines when it was last validated; blank when it never was. */
    @Column(name = "bom_checksum", nullable = false, length = 128)
    private String bomChecksum = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "bom_checked_by_id")
    private User bomCheckedBy;

    @Column(name = "bom_checked_date")
    private LocalDate bomCheckedDate;

    /** Whether the BOM still matches its validated checksum; kept current by {@link Boms}. */
    @Column(name = "bom_validated", nullable = false)
    private boolean bomValidated;

    /** Counts over other parts, from a view; lists read them with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private PartTotals totals;

    /** The overall price range of the part's pricing, from a view; lists read it with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private PartPriceRange priceRange;

    /** Stock on hand, from a view; lists read it with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private PartStock stock;

    protected Part() {
    }

    /** A new part, created today by {@code creator}. */
    Part(User creator) {
        this.creationUser = creator;
        this.creationDate = LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /**
     * Applies checked values and enforces the part's rules: no structural category, revisions one
     * level deep, no cycle in the variant tree, and InvenTree's uniqueness of IPN and of name, IPN
     * and revision. A new part is placed in the variant tree when persisted ({@link #persistInto}).
     */
    void apply(FormValues values, PartSettings settings, EntityManager em) {
        PartCategory newCategory = values.entity("category", PartCategory.class, category);
        if (newCategory != null && newCategory.isStructural() && !Objects.equals(newCategory.getId(), categoryId())) {
            throw FieldErrors.of("category", "Parts cannot be assigned to structural part categories!");
        }
        Part newVariantOf = values.entity("variant_of", Part.class, variantOf);
        if (newVariantOf != null && !Objects.equals(newVariantOf.getId(), variantOfId()) && !newVariantOf.isTemplate()) {
            throw FieldErrors.of("variant_of", "Invalid pk \"" + newVariantOf.getId() + "\" - object does not exist.");
        }
        if (newVariantOf != null && getId() != null && treePath().contains(newVariantOf.treePath())) {
            throw FieldErrors.of("variant_of", "Part cannot be a variant of itself or of one of its own variants");
        }
        String newLink = values.text("link", link);
        if (newLink != null && newLink.length() > 2000) {
            throw FieldErrors.of("link", "Ensure this field has no more than 2000 characters.");
        }
        name = values.text("name", name);
        ipn = Objects.requireNonNullElse(values.text("IPN", ipn), "");
        revision = values.text("revision", revision);
        revisionOf = values.entity("revision_of", Part.class, revisionOf);
        description = values.text("description", description);
        keywords = values.text("keywords", keywords);
        category = newCategory;
        units = values.text("units", units);
        template = values.bool("is_template", template);
        assembly = values.bool("assembly", assembly);
        component = values.bool("component", component);
        trackable = values.bool("trackable", trackable);
        testable = values.bool("testable", testable);
        purchaseable = values.bool("purchaseable", purchaseable);
        salable = values.bool("salable", salable);
        virtual = values.bool("virtual", virtual);
        consumable = values.bool("consumable", consumable);
        active = values.bool("active", active);
        locked = values.bool("locked", locked);
        link = newLink;
        notes = SafeMarkdown.clean(values.text("notes", notes));
        creationUser = values.entity("creation_user", User.class, creationUser);
        responsible = values.entity("responsible", Owner.class, responsible);
        defaultLocation = values.has("default_location") ? values.integer("default_location", null) : defaultLocation;
        defaultExpiry = values.integer("default_expiry", defaultExpiry);
        minimumStock = values.decimal("minimum_stock", minimumStock);
        maximumStock = values.decimal("maximum_stock", maximumStock);
        variantOf = newVariantOf; // before the revision rules, which compare templates
        checkRevision(settings);
        checkUnique(settings, em);
        placeUnder(variantOf, em);
    }

    /** InvenTree's revision rules: one level deep, coded, not of templates, within one template. */
    private void checkRevision(PartSettings settings) {
        if (revisionOf == null) {
            return;
        }
        if (Objects.equals(revisionOf.getId(), getId())) {
            throw FieldErrors.of("revision_of", "Part cannot be a revision of itself");
        }
        if (revisionOf.revisionOfId() != null) {
            throw FieldErrors.of("revision_of", "Cannot make a revision of a part which is already a revision");
        }
        if (revision == null || revision.isBlank()) {
            throw FieldErrors.of("revision", "Revision code must be specified");
        }
        if (settings.revisionAssemblyOnly() && (!assembly || !revisionOf.isAssembly())) {
            throw FieldErrors.of("revision_of", "Revisions are only allowed for assembly parts");
        }
        if (revisionOf.isTemplate()) {
            throw FieldErrors.of("revision_of", "Cannot make a revision of a template part");
        }
        if (!Objects.equals(References.idOf(variantOf), revisionOf.variantOfId())) {
            throw FieldErrors.of("revision_of", "Parent part must point to the same template");
        }
    }

    private void checkUnique(PartSettings settings, EntityManager em) {
        long self = getId() == null ? -1L : getId();
        if (!ipn.isEmpty() && !settings.allowDuplicateIpn() && exists(em,
                "select p.id from Part p where lower(p.ipn) = lower(:ipn) and p.id <> :self",
                Map.of("ipn", ipn, "self", self))) {
            throw FieldErrors.of("IPN", "Duplicate IPN not allowed in part settings");
        }
        if (revisionOf != null && revision != null && !revision.isEmpty() && exists(em,
                "select p.id from Part p where p.revisionOf = :of and p.revision = :revision and p.id <> :self",
                Map.of("of", revisionOf, "revision", revision, "self", self))) {
            throw FieldErrors.general("Duplicate part revision already exists.");
        }
        String code = revision == null ? "" : revision;
        if ((!code.isEmpty() || !ipn.isEmpty()) && exists(em,
                "select p.id from Part p where p.name = :name and coalesce(p.revision, '') = :revision "
                        + "and coalesce(p.ipn, '') = :ipn and p.id <> :self",
                Map.of("name", name, "revision", code, "ipn", ipn, "self", self))) {
            throw FieldErrors.general("Part with this Name, IPN and Revision already exists.");
        }
    }

    private static boolean exists(EntityManager em, String query, Map<String, Object> parameters) {
        var typed = em.createQuery(query, Long.class).setMaxResults(1);
        parameters.forEach(typed::setParameter);
        return !typed.getResultList().isEmpty();
    }

    /** Hangs the part (and its variants) under {@code template}, or makes it a root. */
    private void placeUnder(Part template, EntityManager em) {
        TreePath before = treePath.isEmpty() ? null : treePath();
        variantOf = template;
        if (getId() == null) {
            return; // placed by persistInto, once it has its id
        }
        TreePath after = TreePath.under(template == null ? null : template.treePath(), getId());
        treePath = after.value();
        treeId = after.rootId();
        level = after.level();
        if (before != null && !before.equals(after)) {
            em.flush();
            TreePath.moveSubtree(em, TABLE, before, after, null, null, null);
            if (before.rootId() != after.rootId()) {
                org.stocktree.stock.SerialScope.followPartTree(em, after);
            }
        }
    }

    /** Stores a new part and gives it its place in the variant tree, which its id is part of. */
    void persistInto(EntityManager em) {
        em.persist(this);
        placeUnder(variantOf, em);
    }

    /**
     * Makes the part's variants roots of their own trees, before the part is deleted: the
     * database clears their {@code variant_of}, and their paths must follow.
     */
    void releaseVariants(EntityManager em) {
        List<Part> variants = em.createQuery("select p from Part p where p.variantOf.id = :id", Part.class)
                .setParameter("id", getId()).getResultList();
        for (Part variant : variants) {
            variant.placeUnder(null, em);
        }
    }

    /** Why the part may not be deleted, as InvenTree words it; null when it may. */
    String refusesDeletion() {
        if (locked) {
            return "Cannot delete this part as it is locked";
        }
        if (active) {
            return "Cannot delete this part as it is still active";
        }
        return null;
    }

    /** A locked part keeps its parameters as they are, while part locking is on ({@code PART_ENABLE_LOCKING}). */
    @Override
    public String refusesParameterChange(GlobalSettings settings, boolean deleting) {
        if (!locked || !settings.bool("PART_ENABLE_LOCKING")) {
            return null;
        }
        return deleting ? "Cannot delete parameters of a locked part" : "Cannot modify parameters of a locked part";
    }

    /**
     * Records a validation of the BOM by {@code user} today: with {@code valid} the checksum of
     * its lines, otherwise none (InvenTree's "not valid" sign-off clears it).
     */
    void recordBomCheck(User user, String checksum, boolean valid) {
        bomChecksum = valid ? checksum : "";
        bomValidated = valid;
        bomCheckedBy = user;
        bomCheckedDate = LocalDate.now(java.time.ZoneOffset.UTC);
    }

    /** Whether the lines' current checksum is the validated one; InvenTree's {@code is_bom_valid}. */
    boolean bomMatches(String checksum) {
        return !bomChecksum.isEmpty() && bomCheckedDate != null && bomChecksum.equals(checksum);
    }

    void markBomValidated(boolean valid) {
        bomValidated = valid;
    }

    /** A part that takes a trackable component must be trackable itself, as InvenTree forces. */
    void makeTrackable() {
        trackable = true;
    }

    /** Takes the notes of the part it duplicates (already cleaned when they were stored). */
    void takeNotes(String copied) {
        notes = copied;
    }

    /** Shows a stored image ({@code part_images/...}), or none with null; answers the image shown before. */
    String showImage(String stored) {
        String before = image;
        image = stored == null || stored.isEmpty() ? null : stored;
        return before;
    }

    /** Moves the part to another category, as the bulk update does. */
    void moveTo(PartCategory target) {
        if (target != null && target.isStructural()) {
            throw FieldErrors.of("category", "Parts cannot be assigned to structural part categories!");
        }
        category = target;
    }

    /** InvenTree's default {@code PART_NAME_FORMAT}: "IPN | name | revision", leaving out what is blank. */
    public String fullName() {
        StringBuilder full = new StringBuilder();
        if (ipn != null && !ipn.isEmpty()) {
            full.append(ipn).append(" | ");
        }
        full.append(name);
        if (revision != null && !revision.isEmpty()) {
            full.append(" | ").append(revision);
        }
        return full.toString();
    }

    public TreePath treePath() {
        return treePath.isEmpty() ? new TreePath("/-/") : new TreePath(treePath);
    }

    public String getName() {
        return name;
    }

    public String getIpn() {
        return ipn;
    }

    public String getRevision() {
        return revision;
    }

    public Long revisionOfId() {
        return References.idOf(revisionOf);
    }

    public String getDescription() {
        return description;
    }

    public String getKeywords() {
        return keywords;
    }

    public PartCategory getCategory() {
        return category;
    }

    public Long categoryId() {
        return References.idOf(category);
    }

    public String getUnits() {
        return units;
    }

    public Long variantOfId() {
        return References.idOf(variantOf);
    }

    public long getTreeId() {
        return treeId;
    }

    public boolean isTemplate() {
        return template;
    }

    public boolean isAssembly() {
        return assembly;
    }

    public boolean isComponent() {
        return component;
    }

    public boolean isTrackable() {
        return trackable;
    }

    public boolean isTestable() {
        return testable;
    }

    public boolean isPurchaseable() {
        return purchaseable;
    }

    public boolean isSalable() {
        return salable;
    }

    public boolean isVirtual() {
        return virtual;
    }

    public boolean isConsumable() {
        return consumable;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLocked() {
        return locked;
    }

    public String getLink() {
        return link;
    }

    public String getImage() {
        return image;
    }

    public String getNotes() {
        return notes;
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

    public LocalDate getCreationDate() {
        return creationDate;
    }

    public Long creationUserId() {
        return References.idOf(creationUser);
    }

    public Long responsibleId() {
        return References.idOf(responsible);
    }

    public Long getDefaultLocation() {
        return defaultLocation;
    }

    public long getDefaultExpiry() {
        return defaultExpiry;
    }

    public BigDecimal getMinimumStock() {
        return minimumStock;
    }

    public BigDecimal getMaximumStock() {
        return maximumStock;
    }

    public String getBomChecksum() {
        return bomChecksum;
    }

    public Long bomCheckedById() {
        return References.idOf(bomCheckedBy);
    }

    public User getBomCheckedBy() {
        return bomCheckedBy;
    }

    public LocalDate getBomCheckedDate() {
        return bomCheckedDate;
    }

    public boolean isBomValidated() {
        return bomValidated;
    }

    /** The part's stock; null for a part created in this transaction (which has none). */
    public PartStock stock() {
        return stock;
    }

    public long getRevisionCount() {
        return totals == null ? 0 : totals.getRevisionCount();
    }

    /** The part's overall price range; empty when it has no pricing. */
    public PartPriceRange getPriceRange() {
        return priceRange;
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
