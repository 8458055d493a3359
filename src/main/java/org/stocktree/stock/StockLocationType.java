package org.stocktree.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.common.HasMetadata;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FormValues;

/**
 * A kind of stock location (shelf, bin, room), whose icon the locations of that kind show when
 * they have none of their own. Deleting a type leaves its locations without one.
 */
@Entity
@Table(name = "stock_stocklocationtype")
@ModelType(app = "stock", model = "stocklocationtype", roles = "stock_location", display = "name")
public class StockLocationType extends BaseEntity implements HasMetadata {

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 250)
    private String description = "";

    @Column(nullable = false, length = 100)
    private String icon = "";

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    /** How many locations are of this type, from a view read with the page. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "id", insertable = false, updatable = false)
    private LocationTypeTotals totals;

    protected StockLocationType() {
    }

    StockLocationType(String name) {
        this.name = name;
    }

    void apply(FormValues values) {
        name = values.text("name", name);
        description = values.text("description", description);
        icon = values.text("icon", icon);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getIcon() {
        return icon;
    }

    /** Zero for a type created in this transaction. */
    public long getLocationCount() {
        return totals == null ? 0 : totals.getLocationCount();
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
