package org.stocktree.common.barcodes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The hash by which a third-party barcode is looked up, as InvenTree computes it: MD5 of the data
 * with surrounding white space and every control character removed, since browsers and keyboard
 * scanners drop or add such characters (so the same label scanned twice still matches).
 */
public final class BarcodeHash {

    /** Unicode "other" characters (controls, format, unassigned, private use, surrogates), newlines included. */
    private static final Pattern NOT_PRINTABLE = Pattern.compile("\\p{C}+");

    private BarcodeHash() {
    }

    public static String of(String data) {
        String cleaned = NOT_PRINTABLE.matcher(data.strip()).replaceAll("");
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(cleaned.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime provides MD5", missing);
        }
    }
}
