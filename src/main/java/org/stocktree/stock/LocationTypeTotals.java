package org.stocktree.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a location type's row counts (view {@code stock_stocklocationtype_totals}): read-only. */
@Entity
@Table(name = "stock_stocklocationtype_totals")
public class LocationTypeTotals {

    @Id
    private Long id;

    @Column(name = "location_count")
    private long locationCount;

    protected LocationTypeTotals() {
    }

    public long getLocationCount() {
        return locationCount;
    }
}
