/**
 * What every part of the system shares: project codes; the registry of model types (InvenTree's
 * content types, which entities join with {@link org.stocktree.common.ModelType}) and the
 * metadata of those that carry it; status classes and the custom states that extend them.
 * Settings, custom units, tags, notifications and attachments as they land.
 */
package org.stocktree.common;
