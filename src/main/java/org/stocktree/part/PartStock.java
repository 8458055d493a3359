package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A part's stock (view {@code part_part_stock}, defined with the stock tables): read-only, joined to
 * the part and read with the page, so rows, stock filters and sorting by stock cost no statement
 * per row.
 */
@Entity
@Table(name = "part_part_stock")
public class PartStock {

    @Id
    private Long id;

    /** Stock of this part on hand, outside external locations. */
    @Column(name = "in_stock")
    private BigDecimal inStock = BigDecimal.ZERO;

    /** This part's and its variants' stock: InvenTree's {@code total_in_stock}. */
    @Column(name = "total_in_stock")
    private BigDecimal totalInStock = BigDecimal.ZERO;

    /** Stock on hand of the part's variants, at any depth. */
    @Column(name = "variant_stock")
    private BigDecimal variantStock = BigDecimal.ZERO;

    /** Stock of this part on hand in external locations. */
    @Column(name = "external_stock")
    private BigDecimal externalStock = BigDecimal.ZERO;

    /** Items of this part on hand. */
    @Column(name = "stock_item_count")
    private long stockItemCount;

    /** Items of this part, on hand or not. */
    @Column(name = "all_item_count")
    private long allItemCount;

    protected PartStock() {
    }

    public Long getId() {
        return id;
    }

    public BigDecimal getInStock() {
        return inStock;
    }

    public BigDecimal getVariantStock() {
        return variantStock;
    }

    public BigDecimal getExternalStock() {
        return externalStock;
    }

    public BigDecimal getTotalInStock() {
        return totalInStock;
    }

    public long getStockItemCount() {
        return stockItemCount;
    }

    public long getAllItemCount() {
        return allItemCount;
    }
}
