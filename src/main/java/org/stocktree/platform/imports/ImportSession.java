package org.stocktree.platform.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.stocktree.platform.persistence.IdSequences;

/**
 * What importers of one import share: which records were written (rather than found identical),
 * and whether an imported id is safe to take.
 *
 * <p>Ids are drawn from sequences in blocks of 50 held in each node's memory. A running server
 * may hold unused ids of a block below the sequence's next value; a row imported with such an id
 * would collide with a row created later. At run time, a new row's id must therefore lie at or
 * above the sequence's next value. At start-up, before this node has drawn any id, every id is
 * free.
 */
public final class ImportSession {

    private final IdSequences sequences;
    private final boolean atStartUp;
    private final Set<String> written = new HashSet<>();
    private final Map<String, Long> firstFreeIds = new HashMap<>();

    ImportSession(IdSequences sequences, boolean atStartUp) {
        this.sequences = sequences;
        this.atStartUp = atStartUp;
    }

    /**
     * Checks that a new row of the table may take the id; importers call it before writing a row
     * with an imported id.
     */
    public void claimId(String table, long id) {
        if (atStartUp) {
            return;
        }
        long firstFree = firstFreeIds.computeIfAbsent(table, sequences::nextValue);
        if (id < firstFree) {
            throw new RecordRejected("pk " + id + " is below " + firstFree + ", where this running server may already "
                    + "have reserved ids for new rows; import this record at start-up (stocktree.import.dir) instead");
        }
    }

    /** Whether this import wrote the record of that model and pk (as opposed to finding it stored). */
    public boolean wrote(String model, long pk) {
        return written.contains(model + ":" + pk);
    }

    void markWritten(FixtureRecord record) {
        written.add(record.model() + ":" + (record.pk() == null ? "" : record.pk().asText()));
    }
}
