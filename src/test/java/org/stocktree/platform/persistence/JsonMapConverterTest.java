package org.stocktree.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonMapConverterTest {

    private final JsonMapConverter converter = new JsonMapConverter();

    @Test
    void metadataRoundTripsThroughItsColumnKeepingOrderAndExactNumbers() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("plugin", Map.of("key", "value"));
        metadata.put("weight", new BigDecimal("0.10"));
        metadata.put("tags", List.of("a", "b"));
        String column = converter.convertToDatabaseColumn(metadata);
        assertThat(column).isEqualTo("{\"plugin\":{\"key\":\"value\"},\"weight\":0.10,\"tags\":[\"a\",\"b\"]}");
        Map<String, Object> read = converter.convertToEntityAttribute(column);
        assertThat(read.keySet()).containsExactly("plugin", "weight", "tags");
        assertThat(read.get("weight")).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void emptyMetadataCostsNoStorage() {
        assertThat(converter.convertToDatabaseColumn(Map.of())).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
        assertThat(converter.convertToEntityAttribute(" ")).isEmpty();
    }

    @Test
    void corruptStoredMetadataIsAnErrorNotSilentlyDropped() {
        assertThatThrownBy(() -> converter.convertToEntityAttribute("{not json"))
                .isInstanceOf(IllegalStateException.class);
    }
}
