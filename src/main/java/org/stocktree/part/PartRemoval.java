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
 * parameters and its attachments (their files once the deletion commits), wherever a part is
 * deleted from; what belongs to it by foreign key: test templates, related-part links, price
 * breaks, pricing; and its image files when no other part shows the same image. Its BOM lines go
 * too, and the lines that use it, unless that is refused ({@link Boms#beforeRemoval}). Deleted
 * categories lose their parameters here too.
 */
@ApplicationScoped
class PartRemoval {

    /** What goes with the part, by its foreign keys to it. */
    private static final List<String> OWNED_BY_FOREIGN_KEY = List.of(
            "delete from PartTestTemplate t where t.part = :part",
            "delete from PartInternalPriceBreak t where t.part = :part",
            "delete from PartSellPriceBreak t where t.part = :part",
            "delete from PartPricing t where t.part = :part",
            "delete from PartRelated t where t.part1 = :part or t.part2 = :part");

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
        for (String owned : OWNED_BY_FOREIGN_KEY) {
            em.createQuery(owned).setParameter("part", part).executeUpdate();
        }
        em.remove(part);
        images.release(part.getImage());
    }

    /** Deletes the parameters of categories about to be deleted. */
    void removeCategoryParameters(List<Long> categoryIds) {
        parameters.removeAll("partcategory", categoryIds);
    }
}
