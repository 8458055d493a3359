package org.stocktree.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * One value of a status class (stock status, build status, ...), as InvenTree defines them: the
 * number stored in the database, a constant name, a label for people and a colour. Status classes
 * are enums implementing this interface, kept in their feature's package; {@link StatusClasses}
 * lists them all for the API.
 */
public interface StatusCode {

    /** The number stored and sent over the API. */
    int value();

    /** The constant's name, {@code ATTENTION}: what custom states and the API key values by. */
    String name();

    String label();

    StatusColor color();

    /** The value of the enum with that number, if there is one. */
    static <E extends Enum<E> & StatusCode> Optional<E> of(Class<E> type, int value) {
        return Arrays.stream(type.getEnumConstants()).filter(code -> code.value() == value).findFirst();
    }
}
