package org.stocktree.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;

/** Imports {@code company.address} records; a primary address demotes the company's earlier primary one. */
@ApplicationScoped
public class AddressImporter implements ModelImporter {

    static final String MODEL = "company.address";
    private static final String TABLE = "company_address";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(CompanyImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long company = record.reference("company");
        if (company == null) {
            throw new RecordRejected("field 'company' is required");
        }
        String title = record.requiredText("title", 100).strip();
        Address existing = em.find(Address.class, pk);
        if (existing != null) {
            if (existing.companyId().equals(company) && existing.getTitle().equals(title)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another address; an import never changes one");
        }
        TableRow.require(em, Company.TABLE, "company", company);
        boolean primary = Boolean.TRUE.equals(record.bool("primary"));
        if (primary) {
            em.createNativeQuery("update " + TABLE + " set \"primary\" = false where company_id = ?1")
                    .setParameter(1, company).executeUpdate();
        }
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("company_id", company)
                .with("title", title)
                .with("\"primary\"", primary)
                .with("line1", record.text("line1", 50))
                .with("line2", record.text("line2", 50))
                .with("postal_code", record.text("postal_code", 10))
                .with("postal_city", record.text("postal_city", 50))
                .with("province", record.text("province", 50))
                .with("country", record.text("country", 50))
                .with("shipping_notes", record.text("shipping_notes", 100))
                .with("internal_shipping_notes", record.text("internal_shipping_notes", 100))
                .with("link", record.text("link", 2000))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
