package org.stocktree.platform.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What this build of Stocktree is, as the build recorded it. */
public final class ServerVersion {

    /** The InvenTree API version whose contract this server implements. */
    public static final int API_VERSION = 534;
    /** What clients see as the server's name: they check for "InvenTree". */
    public static final String SERVER_NAME = "InvenTree";
    public static final String PRODUCT = "Stocktree";

    private static final String VERSION = load();

    private ServerVersion() {
    }

    /** Stocktree's own version (without a -SNAPSHOT suffix). */
    public static String version() {
        return VERSION;
    }

    public static boolean development() {
        return false;
    }

    private static String load() {
        try (InputStream in = ServerVersion.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0").replace("-SNAPSHOT", "");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
