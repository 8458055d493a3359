package org.stocktree.common;

/**
 * Marks an entity whose objects accept attachments (InvenTree's attachment mixin). A registered
 * model type implementing it may be named as {@code model_type} of an attachment; who may read
 * and change those attachments follows the roles guarding the type ({@link ModelType#roles()}).
 */
public interface HasAttachments {
}
