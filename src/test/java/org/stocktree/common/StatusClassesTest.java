package org.stocktree.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktree.build.BuildStatus;
import org.stocktree.order.PurchaseOrderStatus;
import org.stocktree.order.ReturnOrderLineStatus;
import org.stocktree.order.ReturnOrderStatus;
import org.stocktree.order.SalesOrderStatus;
import org.stocktree.order.TransferOrderStatus;
import org.stocktree.stock.StockHistoryCode;
import org.stocktree.stock.StockStatus;
import org.stocktree.testing.ApiContract;

/**
 * The status enums carry InvenTree's numbers: they are stored in the database and sent over the
 * API, so a changed number would misread every stored row. Checked against InvenTree's schema
 * where it lists a class's choices, and against InvenTree's status classes elsewhere.
 */
class StatusClassesTest {

    @Test
    void stockStatusesHaveInvenTreesNumbersLabelsAndAvailability() {
        assertThat(codes(StockStatus.class)).isEqualTo(ApiContract.choices("Status2a7Enum"));
        assertThat(StockStatus.OK.value()).isEqualTo(10);
        assertThat(StockStatus.ATTENTION.value()).isEqualTo(50);
        assertThat(StockStatus.DAMAGED.value()).isEqualTo(55);
        assertThat(StockStatus.DESTROYED.value()).isEqualTo(60);
        assertThat(StockStatus.REJECTED.value()).isEqualTo(65);
        assertThat(StockStatus.LOST.value()).isEqualTo(70);
        assertThat(StockStatus.QUARANTINED.value()).isEqualTo(75);
        assertThat(StockStatus.RETURNED.value()).isEqualTo(85);
        assertThat(StockStatus.AVAILABLE).containsExactlyInAnyOrder(
                StockStatus.OK, StockStatus.ATTENTION, StockStatus.DAMAGED, StockStatus.RETURNED);
        assertThat(StockStatus.QUARANTINED.isAvailable()).isFalse();
        assertThat(StockStatus.OK.color()).isEqualTo(StatusColor.SUCCESS);
        assertThat(StockStatus.LOST.color()).isEqualTo(StatusColor.DARK);
    }

    @Test
    void buildImportAndReturnLineStatusesMatchTheSchemasChoices() {
        assertThat(codes(BuildStatus.class)).isEqualTo(ApiContract.choices("BuildStatusEnum"));
        assertThat(codes(DataImportStatusCode.class)).isEqualTo(ApiContract.choices("DataImportSessionStatusEnum"));
        assertThat(codes(ReturnOrderLineStatus.class)).isEqualTo(ApiContract.choices("OutcomeEnum"));
        assertThat(BuildStatus.ACTIVE).containsExactlyInAnyOrder(BuildStatus.PENDING, BuildStatus.ON_HOLD,
                BuildStatus.PRODUCTION);
    }

    @Test
    void orderStatusesHaveInvenTreesNumbersAndGroups() {
        assertThat(values(PurchaseOrderStatus.class)).containsExactly(10, 20, 25, 30, 40, 50, 60);
        assertThat(PurchaseOrderStatus.OPEN).containsExactlyInAnyOrder(PurchaseOrderStatus.PENDING,
                PurchaseOrderStatus.ON_HOLD, PurchaseOrderStatus.PLACED);
        assertThat(PurchaseOrderStatus.FAILED).containsExactlyInAnyOrder(PurchaseOrderStatus.CANCELLED,
                PurchaseOrderStatus.LOST, PurchaseOrderStatus.RETURNED);
        assertThat(values(SalesOrderStatus.class)).containsExactly(10, 15, 20, 25, 30, 40, 50, 60);
        assertThat(SalesOrderStatus.COMPLETED).containsExactlyInAnyOrder(SalesOrderStatus.SHIPPED, SalesOrderStatus.COMPLETE);
        assertThat(values(ReturnOrderStatus.class)).containsExactly(10, 20, 25, 30, 40);
        assertThat(values(TransferOrderStatus.class)).containsExactly(10, 20, 25, 30, 40);
        assertThat(SalesOrderStatus.IN_PROGRESS.label()).isEqualTo("In Progress");
        assertThat(ReturnOrderStatus.IN_PROGRESS.value()).isEqualTo(20);
    }

    @Test
    void stockHistoryCodesHaveInvenTreesNumbers() {
        assertThat(StockHistoryCode.CREATED.value()).isEqualTo(1);
        assertThat(StockHistoryCode.EDITED.value()).isEqualTo(5);
        assertThat(StockHistoryCode.STOCK_MOVE.value()).isEqualTo(20);
        assertThat(StockHistoryCode.SPLIT_FROM_PARENT.value()).isEqualTo(40);
        assertThat(StockHistoryCode.BUILD_CONSUMED.value()).isEqualTo(57);
        assertThat(StockHistoryCode.RECEIVED_AGAINST_PURCHASE_ORDER.value()).isEqualTo(70);
        assertThat(StockHistoryCode.RETURNED_FROM_CUSTOMER.value()).isEqualTo(105);
        assertThat(StockHistoryCode.values()).hasSize(28);
        assertThat(StatusCode.of(StockHistoryCode.class, 45)).contains(StockHistoryCode.MERGED_STOCK_ITEMS);
        assertThat(StatusCode.of(StockHistoryCode.class, 46)).isEmpty();
    }

    @Test
    void customStatesMayExtendExactlyTheClassesInvenTreeOffers() {
        assertThat(StatusClasses.referenceable()).containsExactlyElementsOf(
                ApiContract.choices("ReferenceStatusEnum").keySet().stream().map(String::valueOf).toList());
        assertThat(StatusClasses.named("LabelPrinterStatus")).isPresent();
        assertThat(StatusClasses.named("stockstatus")).isEmpty();
    }

    @Test
    void coloursAreInvenTreesColourChoices() {
        assertThat(Arrays.stream(StatusColor.values()).map(StatusColor::key).toList())
                .containsExactlyElementsOf(ApiContract.choices("ColorEnum").keySet().stream().map(String::valueOf).toList());
    }

    @Test
    void everyClassHasDistinctNumbersAndNames() {
        for (StatusClasses.StatusClass status : StatusClasses.all()) {
            assertThat(status.values().stream().map(StatusCode::value).distinct().count())
                    .as(status.name()).isEqualTo(status.values().size());
        }
    }

    private static Map<Object, String> codes(Class<? extends StatusCode> type) {
        Map<Object, String> codes = new LinkedHashMap<>();
        for (StatusCode code : type.getEnumConstants()) {
            codes.put(code.value(), code.label());
        }
        return codes;
    }

    private static java.util.List<Integer> values(Class<? extends StatusCode> type) {
        return Arrays.stream(type.getEnumConstants()).map(StatusCode::value).toList();
    }
}
