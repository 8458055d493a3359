package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * A unit price of a part from a quantity on: InvenTree's price break, kept for internal prices
 * and sale prices alike. The price may be left empty; its currency is an ISO 4217 code.
 */
@MappedSuperclass
public abstract class PriceBreak extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private Part part;

    /** The part's id, read with the row: rows show it without loading the part. */
    @Column(name = "part_id", insertable = false, updatable = false)
    private Long partId;

    @Column(nullable = false, precision = 15, scale = 5)
    private BigDecimal quantity = BigDecimal.ONE;

    @Column(precision = 19, scale = 6)
    private BigDecimal price;

    @Column(name = "price_currency", nullable = false, length = 3)
    private String priceCurrency = "";

    private OffsetDateTime updated;

    protected PriceBreak() {
    }

    void set(Part part, BigDecimal quantity, BigDecimal price, String priceCurrency) {
        this.part = part;
        this.partId = part.getId();
        this.quantity = quantity;
        this.price = price;
        this.priceCurrency = priceCurrency;
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Part getPart() {
        return part;
    }

    public Long partId() {
        return partId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }
}
