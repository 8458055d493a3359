package org.stocktree.part;

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

/** Imports {@code part.partrelated} records: two existing, different parts, a pair once either way. */
@ApplicationScoped
public class PartRelatedImporter implements ModelImporter {

    static final String MODEL = "part.partrelated";

    private static final String TABLE = "part_partrelated";

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(PartImporter.MODEL);
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long first = record.reference("part_1");
        Long second = record.reference("part_2");
        if (first == null || second == null) {
            throw new RecordRejected("fields 'part_1' and 'part_2' are required");
        }
        PartRelated existing = em.find(PartRelated.class, pk);
        if (existing != null) {
            if (first.equals(existing.part1Id()) && second.equals(existing.part2Id())) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " already relates other parts; an import never changes a relation");
        }
        if (first.equals(second)) {
            throw new RecordRejected("a part cannot be related to itself");
        }
        TableRow.require(em, Part.TABLE, "part_1", first);
        TableRow.require(em, Part.TABLE, "part_2", second);
        boolean paired = !em.createNativeQuery("select 1 from " + TABLE + " where (part_1_id = ?1 and part_2_id = ?2) "
                        + "or (part_1_id = ?2 and part_2_id = ?1)")
                .setParameter(1, first).setParameter(2, second).setMaxResults(1).getResultList().isEmpty();
        if (paired) {
            throw new RecordRejected("parts " + first + " and " + second + " are already related");
        }
        session.claimId(TABLE, pk);
        TableRow.into(TABLE)
                .with("id", pk)
                .with("part_1_id", first)
                .with("part_2_id", second)
                .with("note", record.text("note", 500))
                .with("metadata", record.object("metadata"))
                .insert(em);
        return true;
    }
}
