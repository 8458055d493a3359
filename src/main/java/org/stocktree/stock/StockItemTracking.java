package org.stocktree.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.part.Part;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.users.User;

/**
 * One entry of an item's history: what happened ({@link StockHistoryCode}), when, by whom, and
 * what changed ({@code deltas}, e.g. {@code {"quantity": 5, "added": 2}}). Written in the same
 * transaction as the change it records; never edited, so no column is updatable (only deleting
 * an item clears {@code item_id}, in SQL).
 */
@Entity
@Table(name = "stock_stockitemtracking")
@ModelType(app = "stock", model = "stockitemtracking", roles = "stock")
public class StockItemTracking extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", updatable = false)
    private StockItem item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "part_id", updatable = false)
    private Part part;

    @Column(name = "tracking_type", nullable = false, updatable = false)
    private int trackingType;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime date;

    @Column(length = 512, updatable = false)
    private String notes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @Convert(converter = JsonMapConverter.class)
    @Column(updatable = false)
    private Map<String, Object> deltas = new LinkedHashMap<>();

    protected StockItemTracking() {
    }

    StockItemTracking(StockItem item, StockHistoryCode code, User user, String notes, Map<String, Object> deltas) {
        this.item = item;
        this.part = item.getPart();
        this.trackingType = code.value();
        this.date = OffsetDateTime.now();
        this.user = user;
        this.notes = notes;
        this.deltas = new LinkedHashMap<>(deltas);
    }

    public Long itemId() {
        return item == null ? null : item.getId();
    }

    public Long partId() {
        return part == null ? null : part.getId();
    }

    public int getTrackingType() {
        return trackingType;
    }

    public OffsetDateTime getDate() {
        return date;
    }

    public String getNotes() {
        return notes;
    }

    public Long userId() {
        return user == null ? null : user.getId();
    }

    public Map<String, Object> getDeltas() {
        return deltas;
    }
}
