package org.stocktree.common;

import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.rest.FieldErrors;

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

    /**
     * Metadata as a client sent it, once it is known to be a JSON object: keys and values as
     * given, any other value (a list, a string) refused.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> checked(Object sent) {
        if (!(sent instanceof Map<?, ?> object)) {
            throw FieldErrors.of("metadata", "Metadata must be a JSON object.");
        }
        return (Map<String, Object>) object;
    }
}
