package org.stocktree.common.barcodes;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How barcodes name the objects of an entity implementing {@link HasBarcode}: the two-character
 * code of short barcodes ({@code INV-PA12}) and the addresses a scan answers with. The model name
 * ({@code part}, the key of JSON barcodes) is the entity's {@code @ModelType}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BarcodeModel {

    /** InvenTree's {@code barcode_model_type_code()}: two of {@code [0-9A-Z $%*+-./:]}. */
    String code();

    /** The detail endpoint's address without the id: {@code /api/part/}. */
    String apiUrl();

    /** The web interface's page without the id: {@code /web/part/}. */
    String webUrl();
}
