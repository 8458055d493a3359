package org.stocktree.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/** Imports {@code company.supplierpricebreak} records; a price without currency is in the default currency. */
@ApplicationScoped
public class SupplierPriceBreakImporter implements ModelImporter {

    static final String MODEL = "company.supplierpricebreak";
    private static final String TABLE = "company_supplierpricebreak";

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
        return Set.of(SupplierPartImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long part = record.reference("part");
        if (part == null) {
            throw new RecordRejected("field 'part' is required");
        }
        BigDecimal quantity = Objects.requireNonNullElse(record.decimal("quantity"), BigDecimal.ONE)
                .setScale(5, RoundingMode.HALF_UP);
        SupplierPriceBreak existing = em.find(SupplierPriceBreak.class, pk);
        if (existing != null) {
            if (existing.partId().equals(part) && existing.getQuantity().compareTo(quantity) == 0) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another price break; an import never changes one");
        }
        TableRow.require(em, SupplierPart.TABLE, "part", part);
        if (!em.createNativeQuery("select 1 from " + TABLE + " where part_id = ?1 and quantity = ?2")
                .setParameter(1, part).setParameter(2, quantity).setMaxResults(1).getResultList().isEmpty()) {
            throw new RecordRejected("supplier part " + part + " already has a price break at " + quantity.toPlainString());
        }
        String currency = record.text("price_currency", 3);
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_id", part)
                .with("quantity", quantity)
                .with("price", record.decimal("price"))
                .with("price_currency", currency == null || currency.isBlank()
                        ? settings.text("INVENTREE_DEFAULT_CURRENCY").strip() : currency.strip())
                .with("updated", record.dateTime("updated"))
                .insert(em);
        return true;
    }
}
