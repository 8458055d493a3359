package org.stocktree.platform.imports;

import java.util.Map;

/**
 * The outcome of an import, counted by model label: records written ({@code imported}), records
 * that matched stored rows exactly ({@code unchanged}), and records of models Stocktree does not
 * import ({@code skipped}).
 */
public record ImportReport(Map<String, Integer> imported, Map<String, Integer> unchanged,
        Map<String, Integer> skipped) {

    @Override
    public String toString() {
        return "imported " + imported + ", unchanged " + unchanged + ", skipped " + skipped;
    }
}
