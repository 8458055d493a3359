package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a test template's row counts from other rows (view {@code part_parttesttemplate_totals}): read-only. */
@Entity
@Table(name = "part_parttesttemplate_totals")
public class TestTemplateTotals {

    @Id
    private Long id;

    /** Test results recorded against the template. */
    @Column(name = "results")
    private long results;

    protected TestTemplateTotals() {
    }

    public long getResults() {
        return results;
    }
}
