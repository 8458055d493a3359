package org.stocktree.common.notifications;

import java.util.Objects;

/** An object named by its model ({@code part}, InvenTree's content type model name) and its id. */
public record ObjectReference(String model, long id) {

    public ObjectReference {
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("An object reference needs a model name");
        }
    }
}
