package org.stocktree.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stocktree.part.PartTestTemplate;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;
import org.stocktree.platform.imports.TableRow;
import org.stocktree.platform.persistence.IdSequences;

/**
 * Imports InvenTree's {@code stock.stockitemtestresult} records. Current exports name the
 * template by id; older ones (and InvenTree's fixtures) name the test by text, which is matched by
 * its key against the templates of the item's part and those above it. A name no template has
 * gets a new template on the item's part, as InvenTree's own upgrade of such results does, so no
 * result is lost. Files are not part of an export: a result keeps its file path only when it lies
 * in the folder results' files are served from.
 */
@ApplicationScoped
public class TestResultImporter implements ModelImporter {

    static final String MODEL = "stock.stockitemtestresult";
    private static final String TABLE = "stock_stockitemtestresult";
    private static final String TEMPLATE_TABLE = "part_parttesttemplate";

    @PersistenceContext
    EntityManager em;

    @Inject
    IdSequences sequences;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<String> after() {
        return Set.of(StockItemImporter.MODEL, "part.parttesttemplate", "auth.user");
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE, TEMPLATE_TABLE);
    }

    /**
     * Checks the record and claims its pk; the row is written by {@link #link}, once the parts'
     * variant links are set, since the template is found along the item's part's variant tree.
     * A stored result with this pk is accepted when its item and outcome are the record's, and its
     * template is the one named (by id, or by a name giving its key).
     */
    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        Long itemId = record.reference("stock_item");
        if (itemId == null) {
            throw new RecordRejected("field 'stock_item' is required");
        }
        TableRow.require(em, "stock_stockitem", "stock_item", itemId);
        boolean result = Boolean.TRUE.equals(record.bool("result"));
        Long templateId = record.reference("template");
        String testName = record.text("test", 100);
        if (templateId == null && (testName == null || PartTestTemplate.keyOf(testName).isEmpty())) {
            throw new RecordRejected("field 'template' or 'test' is required");
        }
        if (templateId != null) {
            TableRow.require(em, TEMPLATE_TABLE, "template", templateId);
        }
        Long user = record.reference("user");
        if (user != null) {
            TableRow.require(em, "auth_user", "user", user);
        }
        dateTime(record, "date");
        dateTime(record, "started_datetime");
        dateTime(record, "finished_datetime");
        StockItemTestResult existing = em.find(StockItemTestResult.class, pk);
        if (existing != null) {
            boolean sameTemplate = templateId != null ? templateId.equals(existing.templateId())
                    : existing.getTemplate().getKey().equals(PartTestTemplate.keyOf(testName));
            if (existing.stockItemId().equals(itemId) && sameTemplate && existing.isResult() == result) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already another test result; an import never changes one");
        }
        session.claimId(TABLE, pk);
        return true;
    }

    /** Writes the row of a record {@link #load} accepted, with the template it names. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        if (!session.wrote(MODEL, record.id())) {
            return;
        }
        long itemId = record.reference("stock_item");
        long partId = ((Number) em.createNativeQuery("select part_id from stock_stockitem where id = :id")
                .setParameter("id", itemId).getSingleResult()).longValue();
        String attachment = record.text("attachment", 255);
        TableRow.into(TABLE)
                .with("id", record.id())
                .with("stock_item_id", itemId)
                .with("template_id", template(record, partId, session))
                .with("result", Boolean.TRUE.equals(record.bool("result")))
                .with("\"value\"", Objects.requireNonNullElse(record.text("value", 500), "")) // H2 reserves the word
                .with("attachment", servable(attachment) ? attachment : null)
                .with("notes", Objects.requireNonNullElse(record.text("notes", 500), ""))
                .with("test_station", Objects.requireNonNullElse(record.text("test_station", 500), ""))
                .with("started_datetime", dateTime(record, "started_datetime"))
                .with("finished_datetime", dateTime(record, "finished_datetime"))
                .with("user_id", record.reference("user"))
                .with("date", Objects.requireNonNullElse(dateTime(record, "date"), OffsetDateTime.now()))
                .with("metadata", record.object("metadata"))
                .insert(em);
    }

    /** The template the record names by id, or by test name (created on the item's part when none has it). */
    private long template(FixtureRecord record, long partId, ImportSession session) {
        List<Long> lineage = lineage(partId);
        Long id = record.reference("template");
        if (id != null) {
            Number part = (Number) em.createNativeQuery("select part_id from " + TEMPLATE_TABLE + " where id = :id")
                    .setParameter("id", id).getSingleResult();
            if (!lineage.contains(part.longValue())) {
                throw new RecordRejected("field 'template': test template " + id
                        + " is not one of the part of stock item " + record.reference("stock_item"));
            }
            return id;
        }
        String name = record.text("test", 100).strip();
        return new TestResultTemplates(em, false).byName(lineage, name).map(PartTestTemplate::getId)
                .orElseGet(() -> newTemplate(partId, name, session));
    }

    /**
     * The part and the templates above it, root first, along the variant links: during an import
     * the parts' tree paths are rebuilt only at its end.
     */
    private List<Long> lineage(long partId) {
        List<Long> lineage = new ArrayList<>();
        Long current = partId;
        while (current != null && !lineage.contains(current)) {
            lineage.add(0, current);
            Object above = em.createNativeQuery("select variant_of_id from part_part where id = :id")
                    .setParameter("id", current).getSingleResult();
            current = above == null ? null : ((Number) above).longValue();
        }
        return lineage;
    }

    /**
     * A template for a test no template has, with the next id above both the stored templates and
     * the ids this server may have reserved (the import moves the sequence past it afterwards).
     */
    private long newTemplate(long partId, String name, ImportSession session) {
        Object max = em.createNativeQuery("select max(id) from " + TEMPLATE_TABLE).getSingleResult();
        long id = Math.max(max == null ? 1 : ((Number) max).longValue() + 1, sequences.nextValue(TEMPLATE_TABLE));
        session.claimId(TEMPLATE_TABLE, id);
        TableRow.into(TEMPLATE_TABLE)
                .with("id", id)
                .with("part_id", partId)
                .with("test_name", name)
                .with("\"key\"", PartTestTemplate.keyOf(name)) // H2 reserves the word
                .insert(em);
        return id;
    }

    /**
     * A date and time; a plain date (older fixtures give one) is its midnight in UTC, as Django
     * reads a date into a date-time field.
     */
    private static OffsetDateTime dateTime(FixtureRecord record, String field) {
        String text = record.text(field);
        if (text != null && text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return record.date(field).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return record.dateTime(field);
    }

    /** Only a plain path in the results' folder may be kept: the file server never opens another. */
    private static boolean servable(String path) {
        return path != null && path.startsWith(TestResultRows.FOLDER + "/") && !path.contains("..")
                && !path.contains("\\") && path.indexOf('\0') < 0;
    }
}
