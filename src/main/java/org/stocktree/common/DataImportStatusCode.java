package org.stocktree.common;

import static org.stocktree.common.StatusColor.*;

/** Where a data import session stands (InvenTree's DataImportStatusCode). */
public enum DataImportStatusCode implements StatusCode {
    INITIAL(0, "Initializing", SECONDARY),
    MAPPING(10, "Mapping Columns", PRIMARY),
    IMPORTING(20, "Importing Data", PRIMARY),
    PROCESSING(30, "Processing Data", PRIMARY),
    COMPLETE(40, "Complete", SUCCESS);

    private final int value;
    private final String label;
    private final StatusColor color;

    DataImportStatusCode(int value, String label, StatusColor color) {
        this.value = value;
        this.label = label;
        this.color = color;
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public StatusColor color() {
        return color;
    }
}
