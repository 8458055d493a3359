package org.stocktree.common.settings;

/**
 * One setting as it stands: its definition and its current value.
 *
 * @param pk the id of the stored row; a setting never written has no row and reports a negative
 *     number instead, fixed by its place in the catalogue, so that every setting still has a
 *     distinct id
 * @param text the current value as stored text (the default when never written)
 * @param readOnly whether the server's configuration fixes the value, so it cannot be changed
 */
public record SettingValue(SettingDefinition definition, long pk, String text, boolean readOnly) {

    public String key() {
        return definition.key();
    }
}
