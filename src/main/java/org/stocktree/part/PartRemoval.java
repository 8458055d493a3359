package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.parameters.Parameters;
import org.stocktree.common.tags.Tags;

/**
 * Deletes a part with what hangs on it by model type rather than by foreign key: its tags, its
 * parameters and its attachments (their files once the deletion commits), and its image files
 * when no other part shows the same image, wherever a part is deleted from. Its BOM lines go too,
 * and the lines that use it, unless that is refused ({@link Boms#beforeRemoval}). Deleted
 * categories lose their parameters here too.
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
    Parameters parameters;

    @Inject
    Boms boms;

    @Inject
    PartImages images;

    void remove(Part part) {
        boms.beforeRemoval(part);
        tags.removeAll(PartResource.MODEL, part.getId());
        attachments.removeAll(PartResource.MODEL, part.getId());
        parameters.removeAll(PartResource.MODEL, part.getId());
        em.remove(part);
        images.release(part.getImage());
    }

    /** Deletes the parameters of categories about to be deleted. */
    void removeCategoryParameters(List<Long> categoryIds) {
        parameters.removeAll("partcategory", categoryIds);
    }
}
