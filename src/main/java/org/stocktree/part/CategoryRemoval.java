package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Deletes a category as InvenTree does. Its parts move to its parent (or are deleted with
 * {@code delete_parts}); its sub-categories move to its parent with their own subtrees (or are
 * deleted with {@code delete_child_categories}, their parts then moving up or being deleted too).
 */
final class CategoryRemoval {

    private final EntityManager em;
    private final PartRemoval parts;
    private final PartCategory category;

    CategoryRemoval(EntityManager em, PartRemoval parts, PartCategory category) {
        this.em = em;
        this.parts = parts;
        this.category = category;
    }

    void run(boolean deleteParts, boolean deleteChildCategories) {
        PartCategory parent = category.getParent();
        String subtree = category.treePath().subtreePattern();
        String partsScope = deleteChildCategories
                ? "p.category.id in (select c.id from PartCategory c where c.treePath like :scope)"
                : "p.category.id = :scope";
        Object scope = deleteChildCategories ? subtree : category.getId();
        if (deleteParts) {
            List<Part> doomed = em.createQuery("select p from Part p where " + partsScope, Part.class)
                    .setParameter("scope", scope).getResultList();
            for (Part part : doomed) {
                part.releaseVariants(em);
                parts.remove(part);
            }
        } else {
            // as InvenTree moves them: straight to the parent, structural or not
            em.createQuery("update Part p set p.category = :parent where " + partsScope)
                    .setParameter("parent", parent).setParameter("scope", scope).executeUpdate();
        }
        em.flush();
        parts.removeCategoryParameters(deleteChildCategories
                ? em.createQuery("select c.id from PartCategory c where c.treePath like :subtree", Long.class)
                        .setParameter("subtree", subtree).getResultList()
                : List.of(category.getId()));
        if (deleteChildCategories) {
            // the parent links go first, so no row of the subtree is deleted while another points at it
            em.createQuery("update PartCategory c set c.parent = null where c.treePath like :subtree and c.id <> :id")
                    .setParameter("subtree", subtree).setParameter("id", category.getId()).executeUpdate();
            em.createQuery("delete from PartCategory c where c.treePath like :subtree and c.id <> :id")
                    .setParameter("subtree", subtree).setParameter("id", category.getId()).executeUpdate();
        } else {
            List<PartCategory> children = em.createQuery("select c from PartCategory c where c.parent.id = :id",
                    PartCategory.class).setParameter("id", category.getId()).getResultList();
            for (PartCategory child : children) {
                child.moveUnder(parent, em);
            }
        }
        em.flush();
        em.remove(category);
    }
}
