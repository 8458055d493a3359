package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.tags.Tags;

/**
 * Deletes a part with what hangs on it by model type rather than by foreign key: its tags and its
 * attachments (their files once the deletion commits), wherever a part is deleted from. Its BOM
 * lines go too, and the lines that use it, unless that is refused ({@link Boms#beforeRemoval}).
 */
@ApplicationScoped
class PartRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    Attachments attachments;

    @Inject
    Boms boms;

    void remove(Part part) {
        boms.beforeRemoval(part);
        tags.removeAll(PartResource.MODEL, part.getId());
        attachments.removeAll(PartResource.MODEL, part.getId());
        em.remove(part);
    }
}
