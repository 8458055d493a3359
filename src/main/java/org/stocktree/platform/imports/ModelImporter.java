package org.stocktree.platform.imports;

import java.util.List;
import java.util.Set;

/**
 * Imports the records of one InvenTree model. A feature adds an importer for each model it owns
 * as an {@code @ApplicationScoped} bean implementing this interface; the import finds it by
 * {@link #model()} and needs no other change.
 *
 * <p>An import runs in two passes over its records, in one transaction. {@link #load} writes each
 * record's row, keeping its pk. Records of the models named by {@link #after()} are loaded first,
 * so a row can point to them at once. References that may point forward (to a record later in the
 * load, or to a row of the same model) are set in {@link #link}, which runs once every record has
 * been loaded, as Django checks foreign keys only at the end of {@code loaddata}.
 *
 * <p>An import never changes an existing row: a record whose pk or unique name is taken by a row
 * with other data is refused with {@link RecordRejected}; one that matches the stored row exactly
 * is left as it is.
 */
public interface ModelImporter {

    /** The InvenTree model label, lower-case: {@code auth.user}. */
    String model();

    /** Models whose records must be loaded before this one's. */
    default Set<String> after() {
        return Set.of();
    }

    /**
     * The tables whose ids this importer keeps. After the import each one's sequence is moved past
     * the highest id, so rows created later never take an imported id.
     */
    default List<String> tables() {
        return List.of();
    }

    /**
     * Whether Stocktree has a place for this record at all; records it has none for (a setting
     * Stocktree does not know, say) are reported as skipped, like records of unknown models.
     */
    default boolean accepts(FixtureRecord record) {
        return true;
    }

    /**
     * Writes the record, or checks that the stored row is the same.
     *
     * @return true when the record was written, false when an identical row was already there
     * @throws RecordRejected when the record is invalid or conflicts with stored data
     */
    boolean load(FixtureRecord record, ImportSession session);

    /** Sets the record's references once every record is loaded (nothing by default). */
    default void link(FixtureRecord record, ImportSession session) {
    }

    /** Runs once at the end of an import that wrote records of this model (nothing by default). */
    default void finish(ImportSession session) {
    }
}
