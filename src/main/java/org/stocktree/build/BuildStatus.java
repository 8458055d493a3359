package org.stocktree.build;

import static org.stocktree.common.StatusColor.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.common.StatusCode;
import org.stocktree.common.StatusColor;

/** Where a build order stands (InvenTree's BuildStatus). */
public enum BuildStatus implements StatusCode {
    PENDING(10, "Pending", SECONDARY),
    PRODUCTION(20, "Production", PRIMARY),
    ON_HOLD(25, "On Hold", WARNING),
    CANCELLED(30, "Cancelled", DANGER),
    COMPLETE(40, "Complete", SUCCESS);

    /** Orders still being worked on. */
    public static final Set<BuildStatus> ACTIVE = Collections.unmodifiableSet(EnumSet.of(PENDING, ON_HOLD, PRODUCTION));

    public static final Set<BuildStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(COMPLETE));

    private final int value;
    private final String label;
    private final StatusColor color;

    BuildStatus(int value, String label, StatusColor color) {
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

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
