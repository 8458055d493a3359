package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A part's overall price range as its row shows it (view {@code part_part_pricerange}, one row
 * per part, empty without pricing): read-only, read and sorted with the page.
 */
@Entity
@Table(name = "part_part_pricerange")
public class PartPriceRange {

    @Id
    private Long id;

    @Column(name = "overall_min")
    private BigDecimal overallMin;

    @Column(name = "overall_max")
    private BigDecimal overallMax;

    private OffsetDateTime updated;

    protected PartPriceRange() {
    }

    public BigDecimal getOverallMin() {
        return overallMin;
    }

    public BigDecimal getOverallMax() {
        return overallMax;
    }

    public OffsetDateTime getUpdated() {
        return updated;
    }
}
