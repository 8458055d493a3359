package org.stocktree.platform.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON rules of the API, in one place.
 *
 * <p>Dates are ISO-8601 strings, as Django REST Framework writes them. Unknown request fields are
 * ignored rather than rejected, because InvenTree clients send read-only fields back on updates.
 * Decimals stay {@link java.math.BigDecimal} so that quantities are never rounded through a double.
 */
@Provider
public class JsonMapping implements ContextResolver<ObjectMapper> {

    private static final ObjectMapper MAPPER = create();

    /** The mapper the API uses; also used where JSON is read or written outside a request. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    private static ObjectMapper create() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
