package org.stocktree.platform.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.stocktree.platform.persistence.IdSequences;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Imports fixture records, all or nothing, with the {@link ModelImporter} of each model.
 *
 * <p>Records are loaded model by model in dependency order (a model after those its importer
 * names in {@link ModelImporter#after()}), each model's records in file order; then every record's
 * references are linked; then the sequences of the tables that received rows are moved past their
 * ids. The first record that fails ends the import: the transaction rolls back and the error names
 * the record. Records of models no importer knows, or that their importer does not accept, are
 * counted as skipped.
 */
@ApplicationScoped
public class DataImport {

    @Inject
    Instance<ModelImporter> importers;

    @Inject
    IdSequences sequences;

    @PersistenceContext
    EntityManager em;

    /**
     * Imports the records in one transaction.
     *
     * @param atStartUp true when no id has been drawn yet by this server (see {@link ImportSession})
     * @throws FieldErrors naming the first record that could not be imported; nothing is written then
     */
    @Transactional
    public ImportReport run(List<FixtureRecord> records, boolean atStartUp) {
        Map<String, ModelImporter> byModel = importersByModel();
        Map<String, Integer> skipped = new TreeMap<>();
        List<FixtureRecord> known = new ArrayList<>();
        for (FixtureRecord record : records) {
            if (byModel.containsKey(record.model()) && byModel.get(record.model()).accepts(record)) {
                known.add(record);
            } else {
                skipped.merge(record.model(), 1, Integer::sum);
            }
        }
        Map<String, Integer> ranks = ranks(byModel);
        known.sort(Comparator.comparing((FixtureRecord record) -> ranks.get(record.model())));

        ImportSession session = new ImportSession(sequences, atStartUp);
        Map<String, Integer> imported = new TreeMap<>();
        Map<String, Integer> unchanged = new TreeMap<>();
        for (FixtureRecord record : known) {
            boolean written = attempt(record, () -> byModel.get(record.model()).load(record, session));
            if (written) {
                session.markWritten(record);
            }
            (written ? imported : unchanged).merge(record.model(), 1, Integer::sum);
        }
        for (FixtureRecord record : known) {
            attempt(record, () -> {
                byModel.get(record.model()).link(record, session);
                return true;
            });
        }
        Set<String> tables = new LinkedHashSet<>();
        for (String model : imported.keySet()) {
            byModel.get(model).finish(session);
            tables.addAll(byModel.get(model).tables());
        }
        em.flush();
        tables.forEach(sequences::movePastRows);
        return new ImportReport(imported, unchanged, skipped);
    }

    /** The model labels that have an importer. */
    public Set<String> importedModels() {
        return importersByModel().keySet();
    }

    private interface Step {
        boolean run();
    }

    /** Runs one step for one record, so that whatever fails is reported as that record's failure. */
    private boolean attempt(FixtureRecord record, Step step) {
        try {
            boolean result = step.run();
            em.flush();
            return result;
        } catch (RecordRejected rejected) {
            throw FieldErrors.general(record.describe() + ": " + rejected.getMessage());
        } catch (PersistenceException refused) {
            throw FieldErrors.general(record.describe() + ": the database refused it (" + rootCause(refused) + ")");
        }
    }

    private Map<String, ModelImporter> importersByModel() {
        Map<String, ModelImporter> byModel = new HashMap<>();
        for (ModelImporter importer : importers) {
            ModelImporter twin = byModel.put(importer.model(), importer);
            if (twin != null) {
                throw new IllegalStateException("Two importers for " + importer.model() + ": "
                        + twin.getClass().getName() + " and " + importer.getClass().getName());
            }
        }
        return byModel;
    }

    /** Each model's place in the load order: one more than the highest of the models it comes after. */
    static Map<String, Integer> ranks(Map<String, ModelImporter> byModel) {
        Map<String, Integer> ranks = new HashMap<>();
        for (String model : byModel.keySet()) {
            rank(model, byModel, ranks, new HashSet<>());
        }
        return ranks;
    }

    private static int rank(String model, Map<String, ModelImporter> byModel, Map<String, Integer> ranks,
            Set<String> visiting) {
        Integer known = ranks.get(model);
        if (known != null) {
            return known;
        }
        if (!visiting.add(model)) {
            throw new IllegalStateException("Importers wait for each other in a circle through " + model);
        }
        int rank = 0;
        for (String before : byModel.get(model).after()) {
            if (byModel.containsKey(before)) {
                rank = Math.max(rank, rank(before, byModel, ranks, visiting) + 1);
            }
        }
        visiting.remove(model);
        ranks.put(model, rank);
        return rank;
    }

    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
