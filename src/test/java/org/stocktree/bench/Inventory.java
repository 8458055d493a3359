package org.stocktree.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The stock side of the dataset: location types, the location tree, stock items (a tenth of them
 * serialized, batches, every stock status) and the tracking history that explains each item's
 * current state. Serialized items carry serial_int and serial_scope as the app writes them.
 */
final class Inventory {

    /** Every StockStatus value with how common it is (percent): most stock is simply OK. */
    private static final int[][] STATUS_WEIGHTS = {{10, 72}, {50, 6}, {55, 5}, {60, 3}, {65, 3}, {70, 3}, {75, 4},
            {85, 4}};
    private static final String[][] LOCATION_LEVELS = {{"Site", "Warehouse", "Factory"}, {"Building", "Hall"},
            {"Room", "Aisle", "Zone"}, {"Rack", "Shelf unit", "Cabinet"}, {"Bin", "Drawer", "Tray"}};
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP"};
    private static final OffsetDateTime NOW = Catalogue.TODAY.atStartOfDay().atOffset(ZoneOffset.UTC);

    private final DatasetSize size;
    private final Random random;
    private final Catalogue catalogue;
    private final boolean serialsGloballyUnique;
    private int[] locationLevel;
    private boolean[] external;

    Inventory(DatasetSize size, Random random, Catalogue catalogue, boolean serialsGloballyUnique) {
        this.size = size;
        this.random = random;
        this.catalogue = catalogue;
        this.serialsGloballyUnique = serialsGloballyUnique;
    }

    void load(Connection connection) throws Exception {
        loadLocations(connection);
        loadItems(connection);
    }

    private void loadLocations(Connection connection) throws Exception {
        try (CopyTable rows = CopyTable.open(connection, "stock_stocklocationtype", "id, name, description, icon")) {
            for (int level = 0; level < DatasetSize.LOCATION_LEVELS; level++) {
                String name = LOCATION_LEVELS[level][0];
                rows.values(level + 1, name, name + " in the location tree", "").endRow();
            }
        }
        int count = size.locations;
        int roots = Math.max(3, count / 400);
        locationLevel = new int[count + 1];
        external = new boolean[count + 1];
        String[] treePath = new String[count + 1];
        String[] pathstring = new String[count + 1];
        List<Integer> canHaveChildren = new ArrayList<>();
        try (CopyTable rows = CopyTable.open(connection, "stock_stocklocation",
                "id, name, description, parent_id, pathstring, tree_path, tree_id, level, structural, external, "
                        + "location_type_id")) {
            for (int id = 1; id <= count; id++) {
                Integer parent;
                if (id <= roots) {
                    parent = null;
                } else if (id <= roots + DatasetSize.LOCATION_LEVELS - 1) {
                    parent = id == roots + 1 ? 1 : id - 1; // one chain down to the deepest level
                } else {
                    parent = canHaveChildren.get(random.nextInt(canHaveChildren.size()));
                }
                int level = parent == null ? 0 : locationLevel[parent] + 1;
                String[] words = LOCATION_LEVELS[level];
                String name = words[random.nextInt(words.length)] + " " + id;
                locationLevel[id] = level;
                external[id] = parent == null ? id == roots : external[parent]; // the last site is a contractor's
                treePath[id] = parent == null ? "/" + id + "/" : treePath[parent] + id + "/";
                pathstring[id] = parent == null ? name : pathstring[parent] + "/" + name;
                long treeId = Long.parseLong(treePath[id].substring(1, treePath[id].indexOf('/', 1)));
                if (level < DatasetSize.LOCATION_LEVELS - 1) {
                    canHaveChildren.add(id);
                }
                rows.values(id, name, words[0] + " " + id + (external[id] ? " (external)" : ""), parent, pathstring[id],
                        treePath[id], treeId, level, level == 0, external[id], level + 1).endRow();
            }
        }
    }

    private void loadItems(Connection connection) throws Exception {
        List<Integer> stocked = new ArrayList<>();
        List<Integer> serializable = new ArrayList<>();
        for (int part = 1; part <= catalogue.partCount(); part++) {
            if (!catalogue.isTemplate(part)) {
                stocked.add(part);
                if (catalogue.isTrackable(part)) {
                    serializable.add(part);
                }
            }
        }
        Map<Long, Integer> lastSerial = new HashMap<>();
        long trackingId = 1;
        // Closed in reverse order: the items' COPY ends before the spooled history is copied.
        try (CopyTable tracking = CopyTable.spooled(connection, "stock_stockitemtracking",
                        "id, item_id, part_id, tracking_type, date, notes, deltas");
                CopyTable items = CopyTable.open(connection, "stock_stockitem",
                        "id, part_id, quantity, serial, serial_int, serial_scope, batch, location_id, status, "
                                + "expiry_date, stocktake_date, packaging, purchase_price, purchase_price_currency, "
                                + "creation_date, updated")) {
            for (int id = 1; id <= size.stockItems; id++) {
                boolean serialized = id % DatasetSize.SERIALIZED_EVERY == 0;
                int part = serialized ? serializable.get(random.nextInt(serializable.size()))
                        : stocked.get(random.nextInt(stocked.size()));
                String serial = null;
                Long scope = null;
                BigDecimal quantity;
                if (serialized) {
                    scope = serialsGloballyUnique ? 0L : catalogue.treeOf(part);
                    int number = lastSerial.merge(scope, 1 + random.nextInt(3), Integer::sum);
                    serial = Integer.toString(number);
                    quantity = BigDecimal.ONE;
                } else if (catalogue.unitsOf(part).isEmpty()) {
                    quantity = BigDecimal.valueOf(1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 250));
                } else {
                    quantity = BigDecimal.valueOf(1 + random.nextInt(2000), 1); // 0.1 to 200.0 m or mL
                }
                Integer location = random.nextInt(100) == 0 ? null : 1 + random.nextInt(size.locations);
                int status = status();
                String batch = random.nextInt(100) < (serialized ? 20 : 55)
                        ? "B" + (22 + random.nextInt(5)) + "-" + String.format("%04d", 1 + random.nextInt(3000)) : null;
                OffsetDateTime created = NOW.minusMinutes(random.nextInt(3 * 365 * 24 * 60));
                boolean expires = random.nextInt(10) == 0;
                boolean priced = random.nextInt(10) < 3;
                items.values(id, part, quantity, serial, serial == null ? 0 : Integer.parseInt(serial), scope, batch,
                        location, status, expires ? created.toLocalDate().plusDays(180 + random.nextInt(900)) : null,
                        random.nextInt(5) == 0 ? created.toLocalDate().plusDays(random.nextInt(300)) : null,
                        random.nextInt(8) == 0 ? "Reel" : null,
                        priced ? BigDecimal.valueOf(1 + random.nextInt(100000), 3) : null,
                        priced ? CURRENCIES[random.nextInt(CURRENCIES.length)] : "", created, created).endRow();
                trackingId = history(tracking, trackingId, id, part, quantity, location, status, created);
            }
        }
    }

    /**
     * The item's history: its creation, and for some items one later change, with the values at
     * creation chosen so that the entries lead to the item's current state.
     */
    private long history(CopyTable tracking, long trackingId, int item, int part, BigDecimal quantity,
            Integer location, int status, OffsetDateTime created) {
        int change = random.nextInt(10);
        BigDecimal initialQuantity = quantity;
        Integer initialLocation = location;
        int initialStatus = status;
        String later = null;
        int code = 0;
        boolean countable = quantity.compareTo(BigDecimal.ONE) > 0;
        if (status != 10 && change < 5) {
            initialStatus = 10;
            code = 25; // STOCK_UPDATE
            later = "{\"status\": " + status + "}";
        } else if (change == 0 && location != null && size.locations > 1) {
            initialLocation = location == 1 ? 2 : location - 1;
            code = 20; // STOCK_MOVE
            later = "{\"location\": " + location + "}";
        } else if (change == 1 && countable) {
            BigDecimal added = quantity.divide(BigDecimal.valueOf(2)).setScale(0, java.math.RoundingMode.DOWN).max(BigDecimal.ONE);
            initialQuantity = quantity.subtract(added);
            code = 11; // STOCK_ADD
            later = "{\"added\": " + plain(added) + ", \"quantity\": " + plain(quantity) + "}";
        } else if (change == 2) {
            BigDecimal removed = BigDecimal.valueOf(1 + random.nextInt(20));
            initialQuantity = quantity.add(removed);
            code = 12; // STOCK_REMOVE
            later = "{\"removed\": " + plain(removed) + ", \"quantity\": " + plain(quantity) + "}";
        } else if (change == 3) {
            code = 10; // STOCK_COUNT
            later = "{\"quantity\": " + plain(quantity) + "}";
        }
        String createdDeltas = "{\"status\": " + initialStatus + ", \"quantity\": " + plain(initialQuantity)
                + (initialLocation == null ? "" : ", \"location\": " + initialLocation) + "}";
        tracking.values(trackingId++, item, part, 1, created, null, createdDeltas).endRow(); // CREATED
        if (later != null) {
            tracking.values(trackingId++, item, part, code, created.plusHours(1 + random.nextInt(2000)), null, later)
                    .endRow();
        }
        return trackingId;
    }

    private int status() {
        int roll = random.nextInt(100);
        for (int[] weight : STATUS_WEIGHTS) {
            roll -= weight[1];
            if (roll < 0) {
                return weight[0];
            }
        }
        return 10;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
