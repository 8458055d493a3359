package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a part's row counts from other parts (view {@code part_part_totals}): read-only. */
@Entity
@Table(name = "part_part_totals")
public class PartTotals {

    @Id
    private Long id;

    /** Parts that are revisions of this one. */
    @Column(name = "revision_count")
    private long revisionCount;

    protected PartTotals() {
    }

    public long getRevisionCount() {
        return revisionCount;
    }
}
