/**
 * The one technical package: REST setup and error mapping, persistence base types and migrations,
 * the shared cache, background work, configuration and the web shell page.
 *
 * <p>The platform depends on no feature package; features depend on it.
 */
package org.stocktree.platform;
