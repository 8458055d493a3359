package org.stocktree.bench;

import java.util.Locale;

/**
 * How much the benchmark dataset holds. {@code FULL} is the size the benchmarks issue asks for;
 * {@code SMALL} keeps every shape of it (tree depths, nested BOMs, serialized share) at a size a
 * test loads in seconds.
 */
public enum DatasetSize {
    SMALL(60, 2_000, 100, 200, 20_000),
    FULL(2_000, 100_000, 5_000, 10_000, 1_000_000);

    /** Categories are at most this deep: levels 0 to 5. */
    public static final int CATEGORY_LEVELS = 6;
    /** Locations are at most this deep: levels 0 to 4. */
    public static final int LOCATION_LEVELS = 5;
    /** Assemblies sit on this many BOM levels: a level-5 assembly holds level-4 ones, and so on. */
    public static final int BOM_LEVELS = 5;
    public static final int PARAMETERS_PER_PART = 3;
    /** Every this-many-th stock item is serialized: 10 %. */
    public static final int SERIALIZED_EVERY = 10;

    public final int categories;
    public final int parts;
    public final int assemblies;
    public final int locations;
    public final int stockItems;

    DatasetSize(int categories, int parts, int assemblies, int locations, int stockItems) {
        this.categories = categories;
        this.parts = parts;
        this.assemblies = assemblies;
        this.locations = locations;
        this.stockItems = stockItems;
    }

    public static DatasetSize named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
