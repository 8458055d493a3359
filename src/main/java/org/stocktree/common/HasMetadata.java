package org.stocktree.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An entity with InvenTree's {@code metadata} field: a JSON object that plugins and scripts keep
 * their own data in. Registered model types implementing it are served by the metadata endpoint.
 */
public interface HasMetadata {

    /** The current metadata, never null; an object without any is empty. */
    Map<String, Object> getMetadata();

    /** Replaces the metadata as a whole (a new map, so the change is seen on flush). */
    void replaceMetadata(Map<String, Object> metadata);

    /** Sets the given keys and keeps the others. */
    default void mergeMetadata(Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(getMetadata());
        merged.putAll(changes);
        replaceMetadata(merged);
    }
}
