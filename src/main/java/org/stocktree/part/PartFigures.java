package org.stocktree.part;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code /api/part/{id}/requirements/} and {@code /api/part/{id}/serial-numbers/} answer.
 * Stock items, builds and orders do not exist in Stocktree yet: every requirement is 0, and with
 * no serialized stock item InvenTree answers no latest serial number and "1" (its increment of
 * nothing) as the next.
 */
final class PartFigures {

    static final Requirements NO_REQUIREMENTS = new Requirements(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static final SerialNumbers NO_SERIAL_NUMBERS = new SerialNumbers(null, "1");

    private PartFigures() {
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
