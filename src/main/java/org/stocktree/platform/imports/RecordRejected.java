package org.stocktree.platform.imports;

/**
 * Thrown by a {@link ModelImporter} when a record cannot be imported. The import names the record
 * (model, pk, file) in front of the message and rolls everything back.
 */
public class RecordRejected extends RuntimeException {

    public RecordRejected(String message) {
        super(message, null, false, false);
    }
}
