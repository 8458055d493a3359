package org.stocktree.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.stocktree.part.Currencies;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.platform.rest.FormValues;

/** The unit price a supplier charges for a supplier part from a quantity on; once per quantity. */
@Entity
@Table(name = "company_supplierpricebreak")
@ModelType(app = "company", model = "supplierpricebreak", roles = {"purchase_order"})
public class SupplierPriceBreak extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private SupplierPart part;

    @Column(name = "part_id", insertable = false, updatable = false)
    private Long partId;

    @Column(nullable = false, precision = 15, scale = 5)
    private BigDecimal quantity = BigDecimal.ONE;

    @Column(precision = 19, scale = 6)
    private BigDecimal price;

    @Column(name = "price_currency", nullable = false, length = 3)
    private String priceCurrency = "";

    private OffsetDateTime updated;

    protected SupplierPriceBreak() {
    }

    static SupplierPriceBreak create() {
        return new SupplierPriceBreak();
    }

    void apply(FormValues values, Currencies currencies, EntityManager em) {
        SupplierPart newPart = values.entity("part", SupplierPart.class, part);
        BigDecimal newQuantity = values.decimal("quantity", quantity).setScale(5, RoundingMode.HALF_UP);
        long self = getId() == null ? -1L : getId();
        if (!em.createQuery("select b.id from SupplierPriceBreak b where b.part = :part and b.quantity = :quantity "
                        + "and b.id <> :self", Long.class)
                .setParameter("part", newPart).setParameter("quantity", newQuantity).setParameter("self", self)
                .setMaxResults(1).getResultList().isEmpty()) {
            throw FieldErrors.general("The fields part, quantity must make a unique set.");
        }
        BigDecimal newPrice = values.has("price") ? values.decimal("price", null) : price;
        if (newPrice != null && newPrice.stripTrailingZeros().scale() > 6) {
            throw FieldErrors.of("price", "Ensure that there are no more than 6 decimal places.");
        }
        if (values.has("price_currency") || priceCurrency.isEmpty()) {
            // a supplier's prices are in its own currency unless another is named
            String named = values.text("price_currency", null);
            priceCurrency = named == null || named.isBlank() ? newPart.getSupplier().getCurrency().isEmpty()
                    ? currencies.defaultCode() : newPart.getSupplier().getCurrency()
                    : currencies.check("price_currency", named);
        }
        part = newPart;
        partId = newPart.getId();
        quantity = newQuantity;
        price = newPrice;
        updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public SupplierPart getPart() {
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

    public OffsetDateTime getUpdated() {
        return updated;
    }
}
