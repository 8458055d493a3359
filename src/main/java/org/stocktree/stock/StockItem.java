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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.common.StatusCode;
import org.stocktree.company.Companies;
import org.stocktree.company.Company;
import org.stocktree.company.SupplierPart;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.VersionedEntity;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.Owner;
import org.stocktree.users.User;

/**
 * A quantity of one part in one place: a batch, or a single serialized unit (quantity 1).
 *
 * <p>Items are versioned: every change checks the version it read, so two requests changing the
 * same item never silently overwrite each other (the later one answers 409). References to
 * other features' rows (customer, supplier part, build, orders) are kept as plain ids; the
 * customer and supplier part are checked by foreign keys and by {@link #apply}.
 */
@Entity
@Table(name = "stock_stockitem")
@BarcodeModel(code = "SI", apiUrl = "/api/stock/", webUrl = "/web/stock/item/")
@ModelType(app = "stock", model = "stockitem", roles = "stock", lookupFields = "serial")
public class StockItem extends VersionedEntity implements HasMetadata, HasBarcode {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    @Column(nullable = false, precision = 15, scale = 5)
    private BigDecimal quantity = BigDecimal.ONE;

    @Column(length = 100)
    private String serial;

    @Column(name = "serial_int", nullable = false)
    private int serialInt;

    /** Where the serial is unique ({@link SerialScope}): the part's tree, 0 for all items, null without serial. */
    @Column(name = "serial_scope")
    private Long serialScope;

    @Column(length = 100)
    private String batch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private StockLocation location;

    @Column(nullable = false)
    private int status = StockStatus.OK.value();

    @Column(name = "status_custom_key")
    private Integer statusCustomKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private StockItem parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "belongs_to_id")
    private StockItem belongsTo;

    @Column(name = "customer_id")
    private Long customer;

    @Column(name = "supplier_part_id")
    private Long supplierPart;

    @Column(name = "build_id")
    private Long build;

    @Column(name = "consumed_by_id")
    private Long consumedBy;

    @Column(name = "sales_order_id")
    private Long salesOrder;

    @Column(name = "purchase_order_id")
    private Long purchaseOrder;

    @Column(name = "is_building", nullable = false)
    private boolean building;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    @Column(name = "stocktake_date")
    private LocalDate stocktakeDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stocktake_user_id")
    private User stocktakeUser;

    @Column(name = "review_needed", nullable = false)
    private boolean reviewNeeded;

    @Column(name = "delete_on_deplete", nullable = false)
    private boolean deleteOnDeplete;

    @Column(length = 50)
    private String packaging;

    @Column(length = 2000)
    private String link;

    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Owner owner;

    @Column(name = "purchase_price", precision = 19, scale = 6)
    private BigDecimal purchasePrice;

    @Column(name = "purchase_price_currency", nullable = false, length = 3)
    private String purchasePriceCurrency = "";

    @Column(name = "creation_date")
    private OffsetDateTime creationDate;

    private OffsetDateTime updated;

    @Column(name = "barcode_data", nullable = false, length = 500)
    private String barcodeData = "";

    @Column(name = "barcode_hash", nullable = false, length = 128)
    private String barcodeHash = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** Installed, child and tracking counts, from a view read with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private StockItemTotals totals;

    protected StockItem() {
    }

    StockItem(Part part) {
        this.part = part;
        this.creationDate = OffsetDateTime.now();
        this.updated = creationDate;
    }

    /** A new item with the same values as this one (a serial-number sibling, or a part split off). */
    StockItem copy() {
        StockItem copy = new StockItem(part);
        copy.quantity = quantity;
        copy.serial = serial;
        copy.serialInt = serialInt;
        copy.serialScope = serialScope;
        copy.batch = batch;
        copy.location = location;
        copy.status = status;
        copy.statusCustomKey = statusCustomKey;
        copy.parent = parent;
        copy.belongsTo = belongsTo;
        copy.customer = customer;
        copy.supplierPart = supplierPart;
        copy.build = build;
        copy.consumedBy = consumedBy;
        copy.salesOrder = salesOrder;
        copy.purchaseOrder = purchaseOrder;
        copy.building = building;
        copy.expiryDate = expiryDate;
        copy.deleteOnDeplete = deleteOnDeplete;
        copy.packaging = packaging;
        copy.link = link;
        copy.notes = notes;
        copy.owner = owner;
        copy.purchasePrice = purchasePrice;
        copy.purchasePriceCurrency = purchasePriceCurrency;
        copy.reviewNeeded = reviewNeeded;
        return copy;
    }

    /**
     * Applies checked values of a create or edit and checks the rules that involve several fields
     * or other rows, all problems at once. Returns what changed that history records (InvenTree's
     * delta names), empty for a new item.
     */
    Map<String, Object> apply(FormValues values, StockStatuses.Resolved newStatus, StockRules rules, EntityManager em) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Map<String, Object> deltas = new LinkedHashMap<>();
        boolean created = getId() == null;
        BigDecimal newQuantity = values.decimal("quantity", quantity);
        String newSerial = blankToNull(values.text("serial", serial));
        StockLocation newLocation = values.entity("location", StockLocation.class, location);
        StockItem newBelongsTo = values.entity("belongs_to", StockItem.class, belongsTo);
        if (part.isVirtual()) {
            errors.put("part", List.of("Stock item cannot be created for virtual parts"));
        }
        if (newLocation != null && newLocation.isStructural() && newLocation != location) {
            errors.put("location", List.of("Stock items cannot be located into structural stock locations!"));
        }
        if (newBelongsTo != null && (newBelongsTo == this || newBelongsTo.getId() != null
                && newBelongsTo.getId().equals(getId()))) {
            errors.put("belongs_to", List.of("Item cannot belong to itself"));
        }
        if (newSerial != null) {
            if (newQuantity.signum() == 0) {
                newQuantity = BigDecimal.ONE;
            }
            if (newQuantity.compareTo(BigDecimal.ONE) > 0) {
                errors.put("quantity", List.of("Quantity must be 1 for item with a serial number"));
                errors.put("serial", List.of("Serial number cannot be set if quantity greater than 1"));
            } else if (!newSerial.equals(serial) && rules.serialTaken(em, part, newSerial, getId())) {
                errors.put("serial", List.of("Serial number already exists"));
            }
        }
        checkCompanyLinks(values, errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        track(deltas, "quantity", quantity, newQuantity, created, value -> value.stripTrailingZeros().doubleValue());
        track(deltas, "serial", serial, newSerial, created, value -> value);
        track(deltas, "location", location == null ? null : location.getId(),
                newLocation == null ? null : newLocation.getId(), created, value -> value);
        if (created || !java.util.Objects.equals(serial, newSerial)) {
            // an item keeps the scope it was written with until its serial changes (see SerialScope)
            serialScope = SerialScope.of(newSerial, part.getTreeId(), rules.serialsGloballyUnique());
        }
        quantity = newQuantity;
        serial = newSerial;
        serialInt = SerialNumbers.numeric(newSerial);
        location = newLocation;
        belongsTo = newBelongsTo;
        String newBatch = values.text("batch", batch);
        track(deltas, "batch", batch, newBatch, created, value -> value);
        batch = newBatch;
        if (newStatus != null) {
            track(deltas, "status", status, newStatus.status(), created, value -> value);
            status = newStatus.status();
            statusCustomKey = newStatus.customKey();
        }
        if (values.has("customer")) {
            Company newCustomer = values.entity("customer", Company.class, null);
            customer = newCustomer == null ? null : newCustomer.getId();
        }
        if (values.has("supplier_part")) {
            SupplierPart newSupplierPart = values.entity("supplier_part", SupplierPart.class, null);
            supplierPart = newSupplierPart == null ? null : newSupplierPart.getId();
        }
        build = values.integer("build", build);
        consumedBy = values.integer("consumed_by", consumedBy);
        salesOrder = values.integer("sales_order", salesOrder);
        purchaseOrder = values.integer("purchase_order", purchaseOrder);
        building = values.bool("is_building", building);
        LocalDate newExpiry = values.get("expiry_date", expiryDate);
        track(deltas, "expiry_date", expiryDate, newExpiry, created, LocalDate::toString);
        expiryDate = newExpiry;
        deleteOnDeplete = serial != null ? false
                : values.bool("delete_on_deplete", created ? rules.deleteDepletedDefault() : deleteOnDeplete);
        packaging = values.text("packaging", packaging);
        link = values.text("link", link);
        notes = values.text("notes", notes);
        owner = values.entity("owner", Owner.class, owner);
        purchasePrice = values.decimal("purchase_price", purchasePrice);
        purchasePriceCurrency = values.text("purchase_price_currency", purchasePriceCurrency);
        if (purchasePriceCurrency == null) {
            purchasePriceCurrency = "";
        }
        if (created && expiryDate == null && part.getDefaultExpiry() > 0) {
            expiryDate = LocalDate.now().plusDays(part.getDefaultExpiry());
        }
        updated = OffsetDateTime.now();
        return deltas;
    }

    /** Records a changed value under InvenTree's delta name (new values only, as InvenTree does). */
    private static <T> void track(Map<String, Object> deltas, String name, T before, T after, boolean created,
            java.util.function.Function<T, Object> shown) {
        if (!created && !java.util.Objects.equals(before, after)
                && !(before instanceof BigDecimal a && after instanceof BigDecimal b && a.compareTo(b) == 0)) {
            deltas.put(name, after == null ? null : shown.apply(after));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the item is one serialized unit, which cannot be split, added to or partly removed. */
    /**
     * Only a customer receives stock (InvenTree offers only customers for the field, so another
     * company reads as unknown), and a supplier part names the item's own part.
     */
    private void checkCompanyLinks(FormValues values, Map<String, List<String>> errors) {
        Company newCustomer = values.entity("customer", Company.class, null);
        if (newCustomer != null && !newCustomer.isCustomer() && !newCustomer.getId().equals(customer)) {
            errors.put("customer", List.of(Companies.notAChoice(newCustomer.getId())));
        }
        SupplierPart newSupplierPart = values.entity("supplier_part", SupplierPart.class, null);
        if (newSupplierPart != null && !newSupplierPart.partId().equals(part.getId())) {
            errors.put("supplier_part", List.of("Part type (\"" + newSupplierPart.getPart().fullName()
                    + "\") must be " + part.fullName()));
        }
    }

    public boolean isSerialized() {
        return serial != null && !serial.isBlank();
    }

    /** Stocktake: the counted quantity replaces the stored one. */
    void count(BigDecimal counted, User user) {
        quantity = counted;
        stocktakeDate = LocalDate.now();
        stocktakeUser = user;
        updated = OffsetDateTime.now();
    }

    void add(BigDecimal added) {
        quantity = quantity.add(added);
        updated = OffsetDateTime.now();
    }

    /** Takes stock out; the caller has checked there is that much. */
    void take(BigDecimal removed) {
        quantity = quantity.subtract(removed);
        updated = OffsetDateTime.now();
    }

    /**
     * Hands the whole item to a customer, as InvenTree's manual assignment does: it leaves its
     * location and any sales order, and is no longer in stock.
     */
    void sendTo(Company newCustomer) {
        customer = newCustomer.getId();
        location = null;
        salesOrder = null;
        updated = OffsetDateTime.now();
    }

    void moveTo(StockLocation destination) {
        location = destination;
        updated = OffsetDateTime.now();
    }

    /**
     * Splits {@code part} off into a new item at {@code destination}, which remembers this one as
     * its parent; this item keeps the rest. The caller persists the new item.
     */
    StockItem split(BigDecimal taken, StockLocation destination) {
        StockItem child = copy();
        child.parent = this;
        child.quantity = taken;
        child.location = destination;
        child.serial = null;
        child.serialInt = 0;
        child.serialScope = null;
        quantity = quantity.subtract(taken);
        updated = OffsetDateTime.now();
        return child;
    }

    /** What an adjustment line may change besides the quantity (InvenTree's optional fields). */
    Map<String, Object> adjust(Adjustment.Line line) {
        Map<String, Object> deltas = new LinkedHashMap<>();
        if (line.hasBatch() && !java.util.Objects.equals(batch, line.batch())) {
            batch = line.batch();
            deltas.put("batch", batch);
        }
        if (line.hasStatus() && (status != line.status()
                || !java.util.Objects.equals(statusCustomKey, line.statusCustomKey()))) {
            status = line.status();
            statusCustomKey = line.statusCustomKey();
            deltas.put("status", status);
        }
        if (line.hasPackaging() && !java.util.Objects.equals(packaging, line.packaging())) {
            packaging = line.packaging();
            deltas.put("packaging", packaging);
        }
        return deltas;
    }

    /**
     * Why this item cannot be merged with any other, or null (InvenTree's checks of one item):
     * it must be free stock, not a serialized unit.
     */
    String mergeRefusal() {
        if (salesOrder != null) {
            return "Stock item has been assigned to a sales order";
        }
        if (belongsTo != null) {
            return "Stock item is installed in another item";
        }
        if (installedItems() > 0) {
            return "Stock item contains other items";
        }
        if (customer != null) {
            return "Stock item has been assigned to a customer";
        }
        if (building) {
            return "Stock item is currently in production";
        }
        if (isSerialized()) {
            return "Serialized stock cannot be merged";
        }
        return null;
    }

    /**
     * Why this item cannot be merged into {@code base}, or null: the same part, and the same
     * supplier part and status unless mismatches are allowed.
     */
    String mergeRefusal(StockItem base, boolean allowMismatchedSuppliers, boolean allowMismatchedStatus) {
        if (this == base) {
            return "Duplicate stock items";
        }
        if (!part.getId().equals(base.part.getId())) {
            return "Stock items must refer to the same part";
        }
        if (!java.util.Objects.equals(supplierPart, base.supplierPart) && !allowMismatchedSuppliers) {
            return "Stock items must refer to the same supplier part";
        }
        if (status != base.status && !allowMismatchedStatus) {
            return "Stock status codes must match";
        }
        return null;
    }

    /**
     * Takes the stock of {@code others} into this item at {@code destination}: the quantities
     * add up and the purchase price becomes the average weighted by quantity (of the prices in
     * this item's currency). The caller deletes the others.
     */
    void absorb(List<StockItem> others, StockLocation destination) {
        BigDecimal total = quantity;
        BigDecimal pricedQuantity = purchasePrice == null ? BigDecimal.ZERO : quantity;
        BigDecimal totalPrice = purchasePrice == null ? BigDecimal.ZERO : purchasePrice.multiply(quantity);
        String currency = purchasePrice == null ? null : purchasePriceCurrency;
        for (StockItem other : others) {
            total = total.add(other.quantity);
            if (other.purchasePrice != null && (currency == null || currency.equals(other.purchasePriceCurrency))) {
                currency = other.purchasePriceCurrency;
                pricedQuantity = pricedQuantity.add(other.quantity);
                totalPrice = totalPrice.add(other.purchasePrice.multiply(other.quantity));
            }
            if (parent == other) {
                // the item split off from one being merged in loses that link, which is deleted
                parent = null;
            }
        }
        quantity = total;
        if (pricedQuantity.signum() > 0) {
            purchasePrice = totalPrice.divide(pricedQuantity, 6, java.math.RoundingMode.HALF_UP);
            purchasePriceCurrency = currency;
        }
        location = destination;
        updated = OffsetDateTime.now();
    }

    /** Sets the status (a custom state keeps its key); false when the item has it already. */
    boolean changeStatus(StockStatuses.Resolved newStatus) {
        if (status == newStatus.status() && java.util.Objects.equals(statusCustomKey, newStatus.customKey())) {
            return false;
        }
        status = newStatus.status();
        statusCustomKey = newStatus.customKey();
        updated = OffsetDateTime.now();
        return true;
    }

    /**
     * Brings the item back into stock at {@code destination}: no longer with a customer, a sales
     * order or installed in another item.
     */
    void returnTo(StockLocation destination) {
        customer = null;
        belongsTo = null;
        salesOrder = null;
        location = destination;
        updated = OffsetDateTime.now();
    }

    /** Sets a new item's quantity and place, for stock created along with something else. */
    void place(BigDecimal newQuantity, StockLocation newLocation, boolean deleteWhenDepleted) {
        quantity = newQuantity;
        location = newLocation;
        deleteOnDeplete = deleteWhenDepleted;
        if (part.getDefaultExpiry() > 0) {
            expiryDate = LocalDate.now().plusDays(part.getDefaultExpiry());
        }
    }

    /** Gives a copy its own serial (quantity 1), for items created from a serial-number expression. */
    void serialize(String newSerial, StockRules rules) {
        serial = newSerial;
        serialInt = SerialNumbers.numeric(newSerial);
        serialScope = SerialScope.of(newSerial, part.getTreeId(), rules.serialsGloballyUnique());
        quantity = BigDecimal.ONE;
        deleteOnDeplete = false;
    }

    /**
     * Checks that {@code component} may be installed into this item (InvenTree's install rules):
     * it is in stock, its part is in this item's BOM (when {@code partsInBom} is given, i.e. the
     * setting STOCK_ENFORCE_BOM_INSTALLATION is on), and it holds the quantity. An item is never
     * installed into itself or into an item installed in it.
     */
    void checkInstallable(StockItem component, BigDecimal taken, java.util.Set<Long> partsInBom) {
        for (StockItem holder = this; holder != null; holder = holder.getBelongsTo()) {
            if (holder.getId().equals(component.getId())) {
                throw FieldErrors.of("stock_item", "Stock item cannot be installed into itself");
            }
        }
        if (!component.inStock()) {
            throw FieldErrors.of("stock_item", "Stock item is unavailable");
        }
        if (partsInBom != null && !partsInBom.contains(component.partId())) {
            throw FieldErrors.of("stock_item", "Selected part is not in the Bill of Materials");
        }
        if (taken.compareTo(component.quantity) > 0) {
            throw FieldErrors.of("quantity", "Quantity to install must not exceed available quantity");
        }
    }

    /** Puts this item inside {@code assembly}: it leaves its location while installed. */
    void installInto(StockItem assembly) {
        belongsTo = assembly;
        location = null;
        updated = OffsetDateTime.now();
    }

    /**
     * Takes this item out of the item it is installed in, into {@code destination}; answers the
     * item it left.
     */
    StockItem uninstallTo(StockLocation destination) {
        if (belongsTo == null) {
            throw FieldErrors.general("Stock item is not installed in another item");
        }
        if (destination.isStructural()) {
            throw FieldErrors.of("location", "Stock items cannot be located into structural stock locations!");
        }
        StockItem assembly = belongsTo;
        belongsTo = null;
        consumedBy = null;
        location = destination;
        updated = OffsetDateTime.now();
        return assembly;
    }

    /**
     * Checks that {@code count} units of this item may be split off as serialized items (InvenTree's
     * serialize rules): a trackable part, stock not yet serialized, at least one unit and no more
     * than the item holds.
     */
    void checkSerializable(long count) {
        if (isSerialized()) {
            throw FieldErrors.general("Serialized stock cannot be serialized again");
        }
        if (!part.isTrackable()) {
            throw FieldErrors.general("Serial numbers cannot be assigned to this part");
        }
        if (count <= 0) {
            throw FieldErrors.of("quantity", "Quantity must be greater than zero");
        }
        if (BigDecimal.valueOf(count).compareTo(quantity) > 0) {
            throw FieldErrors.of("quantity", "Quantity must not exceed available stock quantity ("
                    + quantity.stripTrailingZeros().toPlainString() + ")");
        }
    }

    /**
     * One serialized unit split off this item, at {@code destination}, remembering this item as its
     * parent; this item gives up the unit. The caller persists the new item.
     */
    StockItem splitSerialized(String newSerial, StockLocation destination, StockRules rules) {
        if (destination.isStructural()) {
            throw FieldErrors.of("destination", "Cannot assign stock to structural location");
        }
        StockItem unit = copy();
        unit.parent = this;
        unit.location = destination;
        unit.serialize(newSerial, rules);
        quantity = quantity.subtract(BigDecimal.ONE);
        updated = OffsetDateTime.now();
        return unit;
    }

    /**
     * Checks that {@code taken} assemblies may be broken out of this item: its part is an assembly,
     * the quantity is positive and no more than the item holds (a serialized item only as a whole).
     */
    void checkDisassemblable(BigDecimal taken) {
        if (!part.isAssembly()) {
            throw FieldErrors.general("Stock item is not an assembly");
        }
        if (taken.signum() <= 0) {
            throw FieldErrors.of("quantity", "Quantity must be greater than zero");
        }
        if (taken.compareTo(quantity) > 0) {
            throw FieldErrors.of("quantity", "Quantity must not exceed available stock quantity ("
                    + quantity.stripTrailingZeros().toPlainString() + ")");
        }
    }

    /**
     * A new item of {@code component} broken out of this assembly item: it keeps the order and
     * build it came from (so its origin stays traceable), takes the given place, status and unit
     * price. The caller persists it.
     */
    StockItem breakOut(Part component, BigDecimal amount, StockLocation destination, StockStatuses.Resolved newStatus,
            BigDecimal unitPrice, String currency) {
        StockItem item = new StockItem(component);
        item.place(amount, destination, deleteOnDeplete);
        item.status = newStatus.status();
        item.statusCustomKey = newStatus.customKey();
        item.purchaseOrder = purchaseOrder;
        item.build = build;
        item.owner = owner;
        item.purchasePrice = unitPrice;
        item.purchasePriceCurrency = currency == null ? "" : currency;
        return item;
    }

    /**
     * Makes this stock of another part of the same variant tree (InvenTree's conversion): one of
     * {@code options}, the active, non-virtual variants below the part, its template and its
     * siblings. Stock from a supplier part stays as it is, since that supplier part names the part.
     */
    void convertTo(Part variant, java.util.Collection<Part> options) {
        if (options.stream().noneMatch(option -> option.getId().equals(variant.getId()))) {
            throw FieldErrors.of("part", "Selected part is not a valid option for conversion");
        }
        if (supplierPart != null) {
            throw FieldErrors.general("Cannot convert stock item with assigned SupplierPart");
        }
        part = variant;
        updated = OffsetDateTime.now();
    }

    /**
     * Whether the item counts as stock on hand (InvenTree's {@code IN_STOCK_FILTER}): some quantity,
     * not shipped, installed, sent to a customer, consumed or in production, and in a status that
     * counts as available.
     */
    public boolean inStock() {
        return quantity.signum() > 0 && salesOrder == null && belongsTo == null && customer == null
                && consumedBy == null && !building
                && StatusCode.of(StockStatus.class, status).map(StockStatus::isAvailable).orElse(false);
    }

    /**
     * Whether the item is where adjustments may touch it (InvenTree's in-stock test without status
     * and quantity): not sent to a customer, installed, shipped, consumed or in production.
     */
    public boolean canAdjust() {
        return salesOrder == null && belongsTo == null && customer == null && consumedBy == null && !building;
    }

    /** Expired: in stock and past its expiry date, when expiry is enabled. */
    public boolean expired(StockRules rules) {
        return rules.expiryEnabled() && expiryDate != null && inStock() && expiryDate.isBefore(LocalDate.now());
    }

    /** Stale: in stock and expiring within the stale days, when expiry is enabled. */
    public boolean stale(StockRules rules) {
        return rules.expiryEnabled() && rules.staleDays() > 0 && expiryDate != null && inStock()
                && expiryDate.isBefore(LocalDate.now().plusDays(rules.staleDays()));
    }

    public Long locationId() {
        return location == null ? null : location.getId();
    }

    public Long partId() {
        return part.getId();
    }

    public Long parentId() {
        return parent == null ? null : parent.getId();
    }

    public Long belongsToId() {
        return belongsTo == null ? null : belongsTo.getId();
    }

    public Long ownerId() {
        return owner == null ? null : owner.getId();
    }

    public long installedItems() {
        return totals == null ? 0 : totals.getInstalledItems();
    }

    public long childItems() {
        return totals == null ? 0 : totals.getChildItems();
    }

    public long trackingItems() {
        return totals == null ? 0 : totals.getTrackingItems();
    }

    public Part getPart() {
        return part;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public String getSerial() {
        return serial;
    }

    public int getSerialInt() {
        return serialInt;
    }

    public String getBatch() {
        return batch;
    }

    public StockLocation getLocation() {
        return location;
    }

    public int getStatus() {
        return status;
    }

    public Integer getStatusCustomKey() {
        return statusCustomKey;
    }

    public StockItem getParent() {
        return parent;
    }

    public StockItem getBelongsTo() {
        return belongsTo;
    }

    public Long getCustomer() {
        return customer;
    }

    public Long getSupplierPart() {
        return supplierPart;
    }

    public Long getBuild() {
        return build;
    }

    public Long getConsumedBy() {
        return consumedBy;
    }

    public Long getSalesOrder() {
        return salesOrder;
    }

    public Long getPurchaseOrder() {
        return purchaseOrder;
    }

    public boolean isBuilding() {
        return building;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public LocalDate getStocktakeDate() {
        return stocktakeDate;
    }

    public boolean isReviewNeeded() {
        return reviewNeeded;
    }

    public boolean isDeleteOnDeplete() {
        return deleteOnDeplete;
    }

    public String getPackaging() {
        return packaging;
    }

    public String getLink() {
        return link;
    }

    public String getNotes() {
        return notes;
    }

    public Owner getOwner() {
        return owner;
    }

    public BigDecimal getPurchasePrice() {
        return purchasePrice;
    }

    public String getPurchasePriceCurrency() {
        return purchasePriceCurrency;
    }

    public OffsetDateTime getCreationDate() {
        return creationDate;
    }

    public OffsetDateTime getUpdated() {
        return updated;
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

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
