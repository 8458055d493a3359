package org.stocktree.common.attachments;

import java.util.List;
import org.stocktree.platform.rest.FormField.Choice;

/**
 * The model types InvenTree accepts attachments for, as its schema lists them. A type is offered
 * here whether or not Stocktree has its entity yet, so clients see InvenTree's choices; it is
 * accepted once its entity implements {@link org.stocktree.common.HasAttachments}.
 */
final class AttachableTypes {

    static final List<Choice> CHOICES = List.of(
            new Choice("build", "Build Order"),
            new Choice("company", "Company"),
            new Choice("manufacturerpart", "Manufacturer Part"),
            new Choice("supplierpart", "Supplier Part"),
            new Choice("purchaseorder", "Purchase Order"),
            new Choice("returnorder", "Return Order"),
            new Choice("salesorder", "Sales Order"),
            new Choice("salesordershipment", "Sales Order Shipment"),
            new Choice("transferorder", "Transfer Order"),
            new Choice("part", "Part"),
            new Choice("stockitem", "Stock Item"));

    private AttachableTypes() {
    }
}
