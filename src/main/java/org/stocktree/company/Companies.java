package org.stocktree.company;

/** Messages the company rules share. */
public final class Companies {

    private Companies() {
    }

    /**
     * The answer for an object outside a field's allowed choices (a customer where only suppliers
     * may be chosen): InvenTree limits these fields to objects of the right kind, so the others
     * read as unknown.
     */
    public static String notAChoice(Long id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
