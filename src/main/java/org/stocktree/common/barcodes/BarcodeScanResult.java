package org.stocktree.common.barcodes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.users.User;

/** One barcode scan as recorded while BARCODE_STORE_RESULTS is on: what, who, where, and the answer. */
@Entity
@Table(name = "common_barcodescanresult")
public class BarcodeScanResult extends BaseEntity {

    /** Longer scanned data is kept shortened: InvenTree's BARCODE_SCAN_MAX_LEN. */
    static final int MAX_DATA = 4095;

    @Column(nullable = false, length = MAX_DATA)
    private String data;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false)
    private OffsetDateTime timestamp;

    @Column(length = 250)
    private String endpoint;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> context = new LinkedHashMap<>();

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> response = new LinkedHashMap<>();

    @Column(nullable = false)
    private boolean result;

    protected BarcodeScanResult() {
    }

    BarcodeScanResult(String data, User user, String endpoint, Map<String, Object> context,
            Map<String, Object> response, boolean result) {
        this.data = data.length() > MAX_DATA ? data.substring(0, MAX_DATA) : data;
        this.user = user;
        this.timestamp = OffsetDateTime.now(ZoneOffset.UTC);
        this.endpoint = endpoint.length() > 250 ? endpoint.substring(0, 250) : endpoint;
        this.context = new LinkedHashMap<>(context);
        this.response = new LinkedHashMap<>(response);
        this.result = result;
    }

    public String getData() {
        return data;
    }

    public User getUser() {
        return user;
    }

    public OffsetDateTime getTimestamp() {
        return timestamp;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public Map<String, Object> getResponse() {
        return response;
    }

    public boolean isResult() {
        return result;
    }
}
