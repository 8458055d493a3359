package org.stocktree.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.rest.JsonMapping;

/**
 * Stores a JSON object (InvenTree's {@code metadata} field) as text, the same on PostgreSQL and H2.
 * An empty object is stored as NULL, so rows without metadata cost nothing.
 */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, Object> value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return JsonMapping.mapper().writeValueAsString(value);
        } catch (JsonProcessingException notSerializable) {
            throw new IllegalArgumentException("metadata is not JSON-serializable", notSerializable);
        }
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JsonMapping.mapper().readValue(column, MAP);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("stored metadata is not a JSON object", corrupt);
        }
    }
}
