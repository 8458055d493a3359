/**
 * What every part of the system shares: project codes; settings ({@code common.settings}); the
 * registry of model types (InvenTree's content types, which entities join with
 * {@link org.stocktree.platform.persistence.ModelType}) and the metadata of those that carry it; status classes
 * and the custom states that extend them; units, tags and notifications in their sub-packages.
 */
package org.stocktree.common;
