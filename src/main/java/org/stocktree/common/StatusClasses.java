package org.stocktree.common;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stocktree.build.BuildStatus;
import org.stocktree.order.PurchaseOrderStatus;
import org.stocktree.order.ReturnOrderLineStatus;
import org.stocktree.order.ReturnOrderStatus;
import org.stocktree.order.SalesOrderStatus;
import org.stocktree.order.TransferOrderStatus;
import org.stocktree.stock.StockHistoryCode;
import org.stocktree.stock.StockStatus;

/**
 * Every status class the API describes ({@code /api/generic/status/}), by InvenTree's class name.
 *
 * <p>A new status enum is added here. Classes that InvenTree derives directly from its status base
 * class may be extended with custom states ({@link #referenceable()}); {@code LabelPrinterStatus}
 * derives from {@code MachineStatus}, which has no values of its own, and is listed but not
 * referenceable, as in InvenTree.
 */
public final class StatusClasses {

    /** One status class: its name and its built-in values, in declaration order. */
    public record StatusClass(String name, List<StatusCode> values, boolean referenceable) {

        public Optional<StatusCode> value(long key) {
            return values.stream().filter(code -> code.value() == key).findFirst();
        }

        public boolean hasName(String name) {
            return values.stream().anyMatch(code -> code.name().equals(name));
        }
    }

    private static final List<StatusClass> ALL = List.of(
            of(BuildStatus.class, true),
            of(DataImportStatusCode.class, true),
            of(LabelPrinterStatus.class, false),
            new StatusClass("MachineStatus", List.of(), true),
            of(PurchaseOrderStatus.class, true),
            of(ReturnOrderLineStatus.class, true),
            of(ReturnOrderStatus.class, true),
            of(SalesOrderStatus.class, true),
            of(StockHistoryCode.class, true),
            of(StockStatus.class, true),
            of(TransferOrderStatus.class, true))
            .stream().sorted(Comparator.comparing(StatusClass::name)).toList();

    private StatusClasses() {
    }

    public static List<StatusClass> all() {
        return ALL;
    }

    /** The class of that exact name ({@code StockStatus}). */
    public static Optional<StatusClass> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** The names a custom state may extend, in alphabetical order. */
    public static List<String> referenceable() {
        return ALL.stream().filter(StatusClass::referenceable).map(StatusClass::name).toList();
    }

    private static StatusClass of(Class<? extends StatusCode> type, boolean referenceable) {
        return new StatusClass(type.getSimpleName(), Arrays.asList(type.getEnumConstants()), referenceable);
    }
}
