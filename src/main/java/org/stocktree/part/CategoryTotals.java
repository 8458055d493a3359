package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a category's row counts from others (view {@code part_partcategory_totals}): read-only. */
@Entity
@Table(name = "part_partcategory_totals")
public class CategoryTotals {

    @Id
    private Long id;

    /** Parts in the category and in every category below it. */
    @Column(name = "part_count")
    private long partCount;

    /** Categories anywhere below it. */
    private long subcategories;

    protected CategoryTotals() {
    }

    public long getPartCount() {
        return partCount;
    }

    public long getSubcategories() {
        return subcategories;
    }
}
