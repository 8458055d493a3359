/**
 * The parts catalogue: part categories (a tree of any depth, with stars per user) and parts (with
 * revisions and a template/variant tree), and their endpoints under {@code /api/part/}.
 *
 * <p>Both trees are materialised paths ({@link org.stocktree.platform.persistence.TreePath}): a subtree is one
 * indexed {@code LIKE}, and moving one is a single {@code UPDATE} whatever its size.
 */
package org.stocktree.part;
