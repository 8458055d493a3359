package org.stocktree.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SerialNumbersTest {

    private static final SerialNumbers NONE_TAKEN = new SerialNumbers(serial -> false, null);

    private static List<String> messages(Runnable parse) {
        try {
            parse.run();
        } catch (SerialNumbers.Invalid invalid) {
            return invalid.messages();
        }
        throw new AssertionError("expected the expression to be refused");
    }

    @Test
    void listsRangesAndSequencesMixed() {
        assertThat(NONE_TAKEN.parse("1 3-5 9+2", 7)).containsExactly("1", "3", "4", "5", "9", "10", "11");
        assertThat(NONE_TAKEN.parse("1,3-5,9+2", 7)).containsExactly("1", "3", "4", "5", "9", "10", "11");
        assertThat(NONE_TAKEN.parse("1, 2 ,3", 3)).containsExactly("1", "2", "3");
        assertThat(NONE_TAKEN.parse("4+", 3)).containsExactly("4", "5", "6");
        assertThat(NONE_TAKEN.parse("1-5, 7, 10+", 8)).containsExactly("1", "2", "3", "4", "5", "7", "10", "11");
    }

    @Test
    void groupsAreLiteralWhenTheyAreAsManyAsTheQuantity() {
        assertThat(NONE_TAKEN.parse("A-1", 1)).containsExactly("A-1");
        assertThat(NONE_TAKEN.parse("X-1 X-2", 2)).containsExactly("X-1", "X-2");
    }

    @Test
    void rangesKeepPrefixesAndZeroPadding() {
        assertThat(messages(() -> NONE_TAKEN.parse("A-008-A-011", 4)))
                .containsExactly("Number of unique serial numbers (1) must match quantity (4)");
        assertThat(SerialNumbers.increment("A009")).isEqualTo("A010");
        assertThat(SerialNumbers.increment("099")).isEqualTo("100");
        assertThat(SerialNumbers.increment("ABC")).isEqualTo("ABC");
        assertThat(SerialNumbers.increment(null)).isEqualTo("1");
        assertThat(NONE_TAKEN.parse("B08-B11 C1", 5)).containsExactly("B08", "B09", "B10", "B11", "C1");
    }

    @Test
    void theTildeIsTheNextFreeSerial() {
        SerialNumbers numbers = new SerialNumbers(Set.of("13", "15")::contains, "13");
        assertThat(numbers.parse("~", 1)).containsExactly("14");
        assertThat(numbers.parse("~+2", 3)).containsExactly("14", "16", "17");
        assertThat(numbers.parse("~ ~", 2)).containsExactly("14", "16");
        assertThat(numbers.parse("~+", 2)).containsExactly("14", "16");
        assertThat(NONE_TAKEN.parse("~", 1)).containsExactly("1");
    }

    @Test
    void sequencesSkipSerialsAlreadyTaken() {
        SerialNumbers numbers = new SerialNumbers(Set.of("401", "403")::contains, "403");
        assertThat(numbers.parse("400+", 4)).containsExactly("400", "402", "404", "405");
        assertThat(numbers.parse("400+1", 2)).containsExactly("400", "402");
    }

    @Test
    void explicitSerialsAreReturnedEvenWhenTakenForTheCallerToReport() {
        SerialNumbers numbers = new SerialNumbers(Set.of("2")::contains, "2");
        assertThat(numbers.parse("1-3", 3)).containsExactly("1", "2", "3");
    }

    @Test
    void malformedExpressionsNameTheirProblem() {
        assertThat(messages(() -> NONE_TAKEN.parse("", 1))).containsExactly("Empty serial number string");
        assertThat(messages(() -> NONE_TAKEN.parse("  ", 1))).containsExactly("Empty serial number string");
        assertThat(messages(() -> NONE_TAKEN.parse("1", 0))).containsExactly("Invalid quantity provided");
        assertThat(messages(() -> NONE_TAKEN.parse("1 1 2", 3))).containsExactly("Duplicate serial: 1");
        assertThat(messages(() -> NONE_TAKEN.parse("1-3 2", 4))).containsExactly("Duplicate serial: 2");
        assertThat(messages(() -> NONE_TAKEN.parse("5-5 1", 3))).containsExactly("Invalid group range: 5-5");
        assertThat(messages(() -> NONE_TAKEN.parse("A-B 1", 3))).containsExactly("Invalid group range: A-B");
        assertThat(messages(() -> NONE_TAKEN.parse("1-10", 3)))
                .containsExactly("Group range 1-10 exceeds allowed quantity (3)");
        assertThat(messages(() -> NONE_TAKEN.parse("1+5", 3)))
                .containsExactly("Group sequence 1+5 exceeds allowed quantity (3)");
        assertThat(messages(() -> NONE_TAKEN.parse("1+x 2", 3))).containsExactly("Invalid group sequence: 1+x");
        assertThat(messages(() -> NONE_TAKEN.parse("+3 2", 3))).containsExactly("Invalid group sequence: +3");
        assertThat(messages(() -> NONE_TAKEN.parse("1-3", 5)))
                .containsExactly("Number of unique serial numbers (3) must match quantity (5)");
        assertThat(messages(() -> NONE_TAKEN.parse("ABC+", 2))).containsExactly("Invalid group sequence: ABC+");
    }

    @Test
    void numericFormsSortSerials() {
        assertThat(SerialNumbers.numeric("123")).isEqualTo(123);
        assertThat(SerialNumbers.numeric("12ab")).isEqualTo(12);
        assertThat(SerialNumbers.numeric("SN-0042")).isEqualTo(42);
        assertThat(SerialNumbers.numeric("abc")).isZero();
        assertThat(SerialNumbers.numeric("99999999999")).isEqualTo(Integer.MAX_VALUE);
        assertThat(SerialNumbers.numeric(null)).isZero();
    }
}
