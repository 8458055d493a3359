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

/** Imports {@code company.contact} records. */
@ApplicationScoped
public class ContactImporter implements ModelImporter {

    static final String MODEL = "company.contact";
    private static final String TABLE = "company_contact";

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
        String name = record.requiredText("name", 100).strip();
        Contact existing = em.find(Contact.class, pk);
        if (existing != null) {
            if (existing.getCompany().getId().equals(company) && existing.getName().equals(name)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another contact; an import never changes one");
        }
        TableRow.require(em, Company.TABLE, "company", company);
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("company_id", company)
                .with("name", name)
                .with("phone", record.text("phone", 100))
                .with("email", record.text("email", 254))
                .with("role", record.text("role", 100))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
