package org.stocktree.common.barcodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.common.settings.GlobalSettings;
import org.stocktree.platform.rest.JsonMapping;
import org.stocktree.users.User;

/**
 * Records barcode scans, in the scan's own transaction, while the setting BARCODE_STORE_RESULTS is
 * on, and keeps at most BARCODE_RESULTS_MAX_NUM of them, dropping the oldest.
 */
@ApplicationScoped
public class ScanHistory {

    static final String STORE = "BARCODE_STORE_RESULTS";
    static final String MAX = "BARCODE_RESULTS_MAX_NUM";

    @PersistenceContext
    EntityManager em;

    @Inject
    GlobalSettings settings;

    /**
     * Records one scan. Context (the request's other fields) and answer are kept with their values
     * as text, as InvenTree keeps them, so whatever a client sent can be stored.
     */
    public void record(String data, User user, String endpoint, Map<String, ?> context, Map<String, ?> response,
            boolean result) {
        if (!settings.bool(STORE)) {
            return;
        }
        em.persist(new BarcodeScanResult(data, user, endpoint, asText(context), asText(response), result));
        em.flush();
        long excess = em.createQuery("select count(s) from BarcodeScanResult s", Long.class).getSingleResult()
                - settings.integer(MAX);
        if (excess > 0) {
            List<Long> oldest = em.createQuery("select s.id from BarcodeScanResult s order by s.timestamp, s.id", Long.class)
                    .setMaxResults((int) Math.min(excess, Integer.MAX_VALUE)).getResultList();
            em.createQuery("delete from BarcodeScanResult s where s.id in :ids").setParameter("ids", oldest).executeUpdate();
        }
    }

    private static Map<String, Object> asText(Map<String, ?> values) {
        Map<String, Object> texts = new LinkedHashMap<>();
        values.forEach((key, value) -> texts.put(key, text(value)));
        return texts;
    }

    private static String text(Object value) {
        if (value instanceof JsonNode node && node.isTextual()) {
            return node.textValue();
        }
        if (value == null || value instanceof String) {
            return value == null ? "None" : (String) value;
        }
        try {
            return JsonMapping.mapper().writeValueAsString(value);
        } catch (JsonProcessingException unwritable) {
            return String.valueOf(value);
        }
    }
}
