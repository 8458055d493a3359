package org.stocktree.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.text.SafeMarkdown;

/**
 * Imports {@code company.company} records. Flags left out take InvenTree's defaults (a supplier,
 * not a customer or manufacturer, active); a company without currency gets the default currency.
 */
@ApplicationScoped
public class CompanyImporter implements ModelImporter {

    public static final String MODEL = "company.company";

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<String> tables() {
        return List.of(Company.TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.requiredText("name", 100).strip();
        Company existing = em.find(Company.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the company '" + existing.getName()
                    + "'; an import never changes a company");
        }
        String email = record.text("email", 254);
        String currency = record.text("currency", 3);
        session.claimId(Company.TABLE, pk);
        TableRow.into(Company.TABLE)
                .with("id", pk)
                .with("name", name)
                .with("description", record.text("description", 500))
                .with("website", record.text("website", 2000))
                .with("phone", record.text("phone", 50))
                .with("email", email == null || email.isBlank() ? null : email.strip())
                .with("contact", record.text("contact", 100))
                .with("link", record.text("link", 2000))
                .with("image", record.text("image", 255))
                .with("active", record.bool("active"))
                .with("is_customer", record.bool("is_customer"))
                .with("is_supplier", record.bool("is_supplier"))
                .with("is_manufacturer", record.bool("is_manufacturer"))
                .with("currency", currency == null || currency.isBlank()
                        ? settings.text("INVENTREE_DEFAULT_CURRENCY").strip() : currency.strip())
                .with("tax_id", record.text("tax_id", 50))
                .with("notes", SafeMarkdown.clean(record.text("notes")))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
