package org.stocktree.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stocktree.platform.rest.FieldErrors;

/** The rules a custom state keeps, in the order InvenTree checks them. */
class CustomStateTest {

    private static final CustomState.Taken NOTHING_TAKEN = new CustomState.Taken() {
        @Override
        public boolean key(String referenceStatus, long key) {
            return false;
        }

        @Override
        public boolean name(String referenceStatus, String name) {
            return false;
        }
    };

    private final ContentType stockItem = contentType();

    @Test
    void aValidStateIsTaken() {
        CustomState state = CustomState.blank();
        state.apply(values("StockStatus", 75L, 101L, "QUARANTINE_TEST", "Quarantined for test", "info"), Map.of(),
                NOTHING_TAKEN);
        assertThat(state.getKey()).isEqualTo(101);
        assertThat(state.getLogicalKey()).isEqualTo(75);
        assertThat(state.getColor()).isEqualTo("info");
        assertThat(state.getModel()).isSameAs(stockItem);
    }

    @Test
    void fieldErrorsAreReportedTogether() {
        Map<String, List<String>> errors = errors(
                values("NoSuchStatus", 10L, 101L, "lower case", " ", "purple"), Map.of(), NOTHING_TAKEN);
        assertThat(errors.get("name")).containsExactly("Value must be uppercase", "Value must be a valid variable identifier");
        assertThat(errors.get("label")).containsExactly("This field may not be blank.");
        assertThat(errors.get("color")).containsExactly("\"purple\" is not a valid choice.");
        assertThat(errors.get("reference_status")).containsExactly("\"NoSuchStatus\" is not a valid choice.");
    }

    @Test
    void classesThatAreNotDirectStatusClassesCannotBeExtended() {
        assertThat(errors(values("LabelPrinterStatus", 100L, 150L, "READY", "Ready", "success"), Map.of(), NOTHING_TAKEN))
                .containsEntry("reference_status", List.of("\"LabelPrinterStatus\" is not a valid choice."));
    }

    @Test
    void keyAndNameAreUniqueWithinTheReferenceStatus() {
        CustomState.Taken everything = new CustomState.Taken() {
            @Override
            public boolean key(String referenceStatus, long key) {
                return true;
            }

            @Override
            public boolean name(String referenceStatus, String name) {
                return true;
            }
        };
        assertThat(errors(values("StockStatus", 10L, 101L, "NEW", "New", "info"), Map.of(), everything))
                .containsExactly(Map.entry(FieldErrors.NON_FIELD_ERRORS, List.of(
                        "The fields reference_status, key must make a unique set.",
                        "The fields reference_status, name must make a unique set.")));
    }

    @Test
    void theStateMustFitItsStatusClass() {
        assertThat(errors(new CustomState.Values("StockStatus", 10L, 101L, "NEW", "New", "info", null)))
                .containsExactly(Map.entry("model", List.of("Model must be selected")));
        assertThat(errors(values("StockStatus", 101L, 101L, "NEW", "New", "info")))
                .containsExactly(Map.entry("key", List.of("Key must be different from logical key")));
        assertThat(errors(values("StockStatus", 10L, 50L, "NEW", "New", "info")))
                .containsExactly(Map.entry("key", List.of("Key must be different from the logical keys of the reference status")));
        assertThat(errors(values("StockStatus", 11L, 101L, "NEW", "New", "info")))
                .containsExactly(Map.entry("logical_key", List.of("Logical key must be in the logical keys of the reference status")));
        assertThat(errors(values("StockStatus", 10L, 101L, "DAMAGED", "New", "info")))
                .containsExactly(Map.entry("name", List.of("Name must be different from the names of the reference status")));
        assertThat(errors(values("MachineStatus", 10L, 101L, "NEW", "New", "info")))
                .containsExactly(Map.entry("logical_key", List.of("Logical key must be in the logical keys of the reference status")));
    }

    @Test
    void errorsTheRequestAlreadyHadKeepTheStateUnchanged() {
        CustomState state = CustomState.blank();
        Map<String, List<String>> errors = errors(values("StockStatus", 10L, null, "NEW", "New", "info"),
                Map.of("key", List.of("A valid integer is required.")), NOTHING_TAKEN);
        assertThat(errors).containsOnlyKeys("key");
        assertThat(state.getName()).isNull();
    }

    private CustomState.Values values(String status, Long logicalKey, Long key, String name, String label, String color) {
        return new CustomState.Values(status, logicalKey, key, name, label, color, stockItem);
    }

    private static Map<String, List<String>> errors(CustomState.Values values) {
        return errors(values, Map.of(), NOTHING_TAKEN);
    }

    private static Map<String, List<String>> errors(CustomState.Values values, Map<String, List<String>> earlier,
            CustomState.Taken taken) {
        FieldErrors thrown = catchThrowableOfType(FieldErrors.class,
                () -> CustomState.blank().apply(values, new HashMap<>(earlier), taken));
        assertThat(thrown).as("the state was accepted").isNotNull();
        return thrown.errors();
    }

    private static ContentType contentType() {
        try {
            Constructor<ContentType> constructor = ContentType.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
