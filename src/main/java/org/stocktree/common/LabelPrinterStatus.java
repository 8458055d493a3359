package org.stocktree.common;

import static org.stocktree.common.StatusColor.*;

/** The state of a label printer machine (InvenTree's LabelPrinterStatus, a kind of MachineStatus). */
public enum LabelPrinterStatus implements StatusCode {
    CONNECTED(100, "Connected", SUCCESS),
    UNKNOWN(101, "Unknown", SECONDARY),
    PRINTING(110, "Printing", PRIMARY),
    NO_MEDIA(301, "No media", WARNING),
    DISCONNECTED(400, "Disconnected", DANGER);

    private final int value;
    private final String label;
    private final StatusColor color;

    LabelPrinterStatus(int value, String label, StatusColor color) {
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
