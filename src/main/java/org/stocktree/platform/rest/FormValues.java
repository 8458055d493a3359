package org.stocktree.platform.rest;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

/**
 * The values a {@link Form} read from a request: only the fields that were sent, already
 * checked. Absent and null differ: {@code has} tells a field left alone from one cleared.
 */
public final class FormValues {

    private final Map<String, Object> values;
    private final Map<String, Object> entities;

    FormValues(Map<String, Object> values, Map<String, Object> entities) {
        this.values = Collections.unmodifiableMap(values);
        this.entities = Collections.unmodifiableMap(entities);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The value sent, or {@code fallback} when the field was not sent. */
    @SuppressWarnings("unchecked")
    public <T> T get(String field, T fallback) {
        return values.containsKey(field) ? (T) values.get(field) : fallback;
    }

    public String text(String field, String fallback) {
        return get(field, fallback);
    }

    public Boolean bool(String field, Boolean fallback) {
        return get(field, fallback);
    }

    public Long integer(String field, Long fallback) {
        return get(field, fallback);
    }

    public BigDecimal decimal(String field, BigDecimal fallback) {
        return get(field, fallback);
    }

    /** The related object sent for a related field (null when cleared); {@code fallback} when not sent. */
    public <E> E entity(String field, Class<E> type, E fallback) {
        return entities.containsKey(field) ? type.cast(entities.get(field)) : fallback;
    }

    /**
     * The checked values as a request record, for code that takes one: fields not sent are null,
     * related fields hold their ids.
     */
    public <R> R as(Class<R> record) {
        return JsonMapping.mapper().convertValue(values, record);
    }
}
