package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code /api/part/{id}/requirements/} and {@code /api/part/{id}/serial-numbers/} answer.
 * Stock comes from the part's stock view; builds and orders do not exist in Stocktree yet, so
 * what they would add is 0 and nothing is allocated.
 */
final class PartFigures {

    private PartFigures() {
    }

    /** The part's requirements, with how many assemblies its stock of components can build. */
    static Requirements requirements(Part part, EntityManager em, Boms boms) {
        PartStock stock = em.find(PartStock.class, part.getId());
        double total = stock == null ? 0 : stock.getTotalInStock().doubleValue();
        return new Requirements(total, total, canBuild(part, em, boms), 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * InvenTree's {@code can_build}: the fewest whole assemblies any line's stock allows, a line's
     * stock being its component's own, its variants' where the line allows variants, and its
     * substitutes'; consumable lines do not limit. 0 for a part without a BOM.
     */
    private static double canBuild(Part part, EntityManager em, Boms boms) {
        if (!part.isAssembly()) {
            return 0;
        }
        List<BomItem> lines = boms.linesOf(part, true).stream().filter(line -> !line.isConsumable()).toList();
        if (lines.isEmpty()) {
            return 0;
        }
        Map<Long, List<Part>> substitutes = boms.substitutesOf(lines);
        Set<Long> ids = new HashSet<>();
        lines.forEach(line -> ids.add(line.getSubPart().getId()));
        substitutes.values().forEach(parts -> parts.forEach(substitute -> ids.add(substitute.getId())));
        Map<Long, PartStock> stocks = new HashMap<>();
        em.createQuery("select s from PartStock s where s.id in :ids", PartStock.class).setParameter("ids", ids)
                .getResultList().forEach(found -> stocks.put(found.getId(), found));
        BigDecimal fewest = null;
        for (BomItem line : lines) {
            if (line.getQuantity().signum() <= 0) {
                continue;
            }
            BigDecimal available = onHand(stocks.get(line.getSubPart().getId()), line.isAllowVariants());
            for (Part substitute : substitutes.getOrDefault(line.getId(), List.of())) {
                available = available.add(onHand(stocks.get(substitute.getId()), false));
            }
            BigDecimal assemblies = available.divide(line.getQuantity(), 0, RoundingMode.FLOOR);
            fewest = fewest == null ? assemblies : fewest.min(assemblies);
        }
        return fewest == null ? 0 : fewest.doubleValue();
    }

    private static BigDecimal onHand(PartStock stock, boolean withVariants) {
        if (stock == null) {
            return BigDecimal.ZERO;
        }
        return withVariants ? stock.getTotalInStock() : stock.getInStock();
    }

    record Requirements(@JsonProperty("total_stock") double totalStock,
            @JsonProperty("unallocated_stock") double unallocatedStock, @JsonProperty("can_build") double canBuild,
            double ordering, double building, @JsonProperty("scheduled_to_build") long scheduledToBuild,
            @JsonProperty("required_for_build_orders") double requiredForBuildOrders,
            @JsonProperty("allocated_to_build_orders") double allocatedToBuildOrders,
            @JsonProperty("required_for_sales_orders") double requiredForSalesOrders,
            @JsonProperty("allocated_to_sales_orders") double allocatedToSalesOrders) {
    }

    record SerialNumbers(String latest, String next) {
    }
}
