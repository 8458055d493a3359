package org.stocktree.common.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.stocktree.platform.rest.FieldErrors;

/** Asserts that a setting refuses a value with the 400 {@code {"value": [message]}}. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(ThrowingCallable accepting, String message) {
        FieldErrors refused = catchThrowableOfType(FieldErrors.class, accepting);
        assertThat(refused).as("refused with a field error").isNotNull();
        assertThat(refused.errors()).containsExactly(java.util.Map.entry("value", List.of(message)));
    }
}
