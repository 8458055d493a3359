package org.stocktree.stock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a location's row counts over its subtree (view {@code stock_stocklocation_totals}): read-only. */
@Entity
@Table(name = "stock_stocklocation_totals")
public class LocationTotals {

    @Id
    private Long id;

    /** Stock items in the location and in every location below it. */
    private long items;

    /** Locations anywhere below it. */
    private long sublocations;

    protected LocationTotals() {
    }

    public long getItems() {
        return items;
    }

    public long getSublocations() {
        return sublocations;
    }
}
