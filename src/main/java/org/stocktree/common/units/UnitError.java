package org.stocktree.common.units;

/**
 * A unit or quantity that cannot be understood or converted: an unknown name, bad syntax, a
 * division by zero, or units of different dimensions. The message is fit to show the user.
 */
public class UnitError extends RuntimeException {

    public UnitError(String message) {
        super(message, null, false, false);
    }
}
