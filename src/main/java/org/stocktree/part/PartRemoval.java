package org.stocktree.part;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.stocktree.common.attachments.Attachments;
import org.stocktree.common.tags.Tags;

/**
 * Deletes a part with what hangs on it by model type rather than by foreign key: its tags and its
 * attachments (their files once the deletion commits), wherever a part is deleted from; and what
 * belongs to it by foreign key: test templates, related-part links, price breaks, pricing.
 */
@ApplicationScoped
class PartRemoval {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tags tags;

    @Inject
    Attachments attachments;

    void remove(Part part) {
        tags.removeAll(PartResource.MODEL, part.getId());
        attachments.removeAll(PartResource.MODEL, part.getId());
        // test templates, related-part links, price breaks and pricing go with the part
        for (String owned : java.util.List.of("PartTestTemplate t where t.part", "PartInternalPriceBreak t where t.part",
                "PartSellPriceBreak t where t.part", "PartPricing t where t.part",
                "PartRelated t where t.part2 = :part or t.part1")) {
            em.createQuery("delete from " + owned + " = :part").setParameter("part", part).executeUpdate();
        }
        em.remove(part);
    }
}
