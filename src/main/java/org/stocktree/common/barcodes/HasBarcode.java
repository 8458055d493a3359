package org.stocktree.common.barcodes;

/**
 * An object that barcodes name: scanned by its internal barcode ({@code {"part": 12}},
 * {@code INV-PA12}) or by a third-party barcode linked to it. The entity says how (its
 * {@link BarcodeModel}) and holds the linked barcode's data and hash.
 */
public interface HasBarcode {

    /** Third-party barcodes longer than this are refused: InvenTree's {@code barcode_data} column. */
    int MAX_DATA = 500;

    Long getId();

    /** The raw data of the linked third-party barcode; empty when none is linked. */
    String getBarcodeData();

    /** {@link BarcodeHash} of the linked barcode's data; empty when none is linked. */
    String getBarcodeHash();

    /** Links a third-party barcode; uniqueness across all objects is {@link Barcodes}' business. */
    void linkBarcode(String data, String hash);

    /** Forgets the linked barcode, if any. */
    default void unlinkBarcode() {
        linkBarcode("", "");
    }
}
