package org.stocktree.common.barcodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hashes of third-party barcodes match InvenTree's, so barcodes linked there are found here. */
class BarcodeHashTest {

    @Test
    void theHashIsTheMd5OfTheData() {
        assertThat(BarcodeHash.of("A-TEST-BARCODE-STRING")).isEqualTo("3d59ca755c793639dd69da2cd077a54f");
        assertThat(BarcodeHash.of("ÄÖ")).isEqualTo("de18422375753faa41953e5220aed0a7");
    }

    @Test
    void surroundingSpaceAndControlCharactersDoNotCount() {
        assertThat(BarcodeHash.of("  abc \n")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
        assertThat(BarcodeHash.of("a\u001Db\u0004c\u200E")).isEqualTo(BarcodeHash.of("abc"));
        assertThat(BarcodeHash.of("a b c")).isNotEqualTo(BarcodeHash.of("abc"));
    }
}
