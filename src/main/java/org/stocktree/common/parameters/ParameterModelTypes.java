package org.stocktree.common.parameters;

import java.util.List;
import org.stocktree.platform.rest.FormField;

/**
 * The model types InvenTree offers for parameters and their templates (the schema's
 * {@code ModelTypeD42Enum}), as {@code app.model} with the model's name. Of these, a parameter may
 * name only those Stocktree has an entity for that takes parameters ({@link HasParameters}).
 */
final class ParameterModelTypes {

    static final List<FormField.Choice> CHOICES = List.of(
            new FormField.Choice("build.build", "Build Order"),
            new FormField.Choice("company.company", "Company"),
            new FormField.Choice("company.manufacturerpart", "Manufacturer Part"),
            new FormField.Choice("company.supplierpart", "Supplier Part"),
            new FormField.Choice("order.purchaseorder", "Purchase Order"),
            new FormField.Choice("order.returnorder", "Return Order"),
            new FormField.Choice("order.salesorder", "Sales Order"),
            new FormField.Choice("order.salesordershipment", "Sales Order Shipment"),
            new FormField.Choice("order.transferorder", "Transfer Order"),
            new FormField.Choice("part.part", "Part"),
            new FormField.Choice("part.partcategory", "Part Category"),
            new FormField.Choice("stock.stocklocation", "Stock Location"));

    private ParameterModelTypes() {
    }
}
