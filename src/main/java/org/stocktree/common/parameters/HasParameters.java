package org.stocktree.common.parameters;

import org.stocktree.common.settings.GlobalSettings;

/**
 * Marks an entity whose objects take parameters (InvenTree's parameter mixin). A registered model
 * type implementing it may be named as a parameter's {@code model_type}; who may read and change
 * those parameters follows the roles guarding the type ({@code ModelType#roles()}).
 */
public interface HasParameters {

    /**
     * Why this object's parameters may not be added, changed or (with {@code deleting}) deleted
     * now, as InvenTree words it; null when they may. A locked part refuses, for instance.
     */
    default String refusesParameterChange(GlobalSettings settings, boolean deleting) {
        return null;
    }
}
