package org.stocktree.company;

/** Messages the company rules share. */
public final class Companies {

    private Companies() {
    }

    /**
     * Django's answer for a company outside a field's allowed choices (a customer where only
     * suppliers may be chosen): InvenTree limits these fields to companies of the right kind.
     */
    public static String notAChoice(Long id) {
        return "company instance with id " + id + " does not exist.";
    }
}
