package org.stocktree.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.company.CompanyImporter;
import org.stocktree.company.SupplierPart;
import org.stocktree.company.SupplierPartImporter;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Imports InvenTree's {@code stock.stockitem} records: part, location, quantity, serial (its
 * number recomputed), batch, status and the other fields Stocktree stores. The split-from and
 * installed-in links may name items later in the import and are set once all are loaded.
 * Imported items get no history entry of their own: an export brings its history with it.
 */
@ApplicationScoped
public class StockItemImporter implements ModelImporter {

    static final String MODEL = "stock.stockitem";
    private static final String TABLE = "stock_stockitem";

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        // customers and supplier parts first: an item's references to them are checked
        return Set.of("part.part", LocationImporter.MODEL, CompanyImporter.MODEL, SupplierPartImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    /** A stored item with this pk is accepted when its part, quantity, serial and batch are the record's. */
    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long part = record.reference("part");
        if (part == null) {
            throw new RecordRejected("field 'part' is required");
        }
        TableRow.require(em, "part_part", "part", part);
        Long location = record.reference("location");
        if (location != null) {
            TableRow.require(em, StockLocation.TABLE, "location", location);
        }
        Long customer = record.reference("customer");
        if (customer != null) {
            TableRow.require(em, "company_company", "customer", customer);
        }
        Long supplierPart = record.reference("supplier_part");
        if (supplierPart != null) {
            TableRow.require(em, SupplierPart.TABLE, "supplier_part", supplierPart);
        }
        BigDecimal quantity = Objects.requireNonNullElse(record.decimal("quantity"), BigDecimal.ONE);
        if (quantity.signum() < 0) {
            throw new RecordRejected("field 'quantity' must not be negative");
        }
        String serial = blankToNull(record.text("serial", 100));
        String batch = blankToNull(record.text("batch", 100));
        StockItem existing = em.find(StockItem.class, pk);
        if (existing != null) {
            if (existing.partId().equals(part) && existing.getQuantity().compareTo(quantity) == 0
                    && Objects.equals(existing.getSerial(), serial) && Objects.equals(existing.getBatch(), batch)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another stock item; an import never changes one");
        }
        session.claimId(TABLE, pk);
        OffsetDateTime now = OffsetDateTime.now();
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("quantity", quantity)
                .with("serial", serial)
                .with("serial_int", SerialNumbers.numeric(serial))
                .with("batch", batch)
                .with("location_id", location)
                .with("status", record.integer("status"))
                .with("status_custom_key", record.integer("status_custom_key"))
                .with("customer_id", customer)
                .with("supplier_part_id", supplierPart)
                .with("build_id", record.reference("build"))
                .with("consumed_by_id", record.reference("consumed_by"))
                .with("sales_order_id", record.reference("sales_order"))
                .with("purchase_order_id", record.reference("purchase_order"))
                .with("is_building", record.bool("is_building"))
                .with("expiry_date", record.date("expiry_date"))
                .with("stocktake_date", record.date("stocktake_date"))
                .with("review_needed", record.bool("review_needed"))
                // a serialized item is never deleted when depleted, whatever the export says
                .with("delete_on_deplete", serial == null && !Boolean.FALSE.equals(record.bool("delete_on_deplete")))
                .with("packaging", record.text("packaging", 50))
                .with("link", record.text("link", 2000))
                .with("notes", record.text("notes"))
                .with("purchase_price", record.decimal("purchase_price"))
                .with("purchase_price_currency", record.text("purchase_price_currency", 3))
                .with("creation_date", Objects.requireNonNullElse(record.dateTime("creation_date"), now))
                .with("updated", Objects.requireNonNullElse(record.dateTime("updated"), now))
                .with("barcode_data", record.text("barcode_data", 500))
                .with("barcode_hash", record.text("barcode_hash", 128))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }

    /** The split-from and installed-in links, which may name items later in the import. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        if (!session.wrote(MODEL, record.id())) {
            return;
        }
        for (String field : List.of("parent", "belongs_to")) {
            Long target = record.reference(field);
            if (target != null) {
                TableRow.require(em, TABLE, field, target);
                TableRow.link(em, TABLE, record.id(), field + "_id", target);
            }
        }
    }

    /**
     * Scopes the serials of the imported items once every part has its place in its variant tree
     * (the part import finishes first), which the unique index then checks.
     */
    @Override
    public void finish(ImportSession session) {
        try {
            SerialScope.scopeImported(em, settings.bool("SERIAL_NUMBER_GLOBALLY_UNIQUE"));
        } catch (jakarta.persistence.PersistenceException duplicate) {
            if (SerialScope.isSerialConflict(duplicate)) {
                throw FieldErrors.general(MODEL + ": serial numbers must be unique within a part's variant tree"
                        + " (or among all items with SERIAL_NUMBER_GLOBALLY_UNIQUE)");
            }
            throw duplicate;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
