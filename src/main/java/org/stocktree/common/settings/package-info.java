/**
 * Settings: the global settings staff change for the whole installation, and the settings each
 * user keeps for themselves, under InvenTree's keys.
 *
 * <p>What a setting is (its name, type, default, choices and rules) is data: the catalogue
 * resource {@code catalogue.json} next to these classes, read by {@link SettingsCatalogue}. Only
 * values that differ from their default are stored, as text, in {@code common_inventreesetting}
 * and {@code common_inventreeusersetting}. Other features read settings through
 * {@link GlobalSettings} and {@link UserSettings}, which cache them through the shared cache.
 */
package org.stocktree.common.settings;
