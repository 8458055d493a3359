package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.tags.Tags;

/**
 * Deletes a part with what hangs on it by model type rather than by foreign key: its tags and its
 * attachments (their files once the deletion commits), and its image files when no other part
 * shows the same image, wherever a part is deleted from.
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
    PartImages images;

    void remove(Part part) {
        tags.removeAll(PartResource.MODEL, part.getId());
        attachments.removeAll(PartResource.MODEL, part.getId());
        em.remove(part);
        images.release(part.getImage());
    }
}
