package org.stocktree.part;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which parts and categories a user has starred. Rows of a page ask once for the whole page, so a
 * list costs one statement for stars whatever its size.
 */
final class Stars {

    /** The starred thing: its entity and the column naming what is starred. */
    enum Kind {
        PART(PartStar.class, "part"), CATEGORY(PartCategoryStar.class, "category");

        private final Class<?> entity;
        private final String attribute;

        Kind(Class<?> entity, String attribute) {
            this.entity = entity;
            this.attribute = attribute;
        }
    }

    private final EntityManager em;
    private final long user;

    Stars(EntityManager em, long user) {
        this.em = em;
        this.user = user;
    }

    /** Of these ids, the ones the user starred. */
    Set<Long> among(Kind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select s." + kind.attribute + " from " + kind.entity.getSimpleName()
                        + " s where s.user = :user and s." + kind.attribute + " in :ids", Long.class)
                .setParameter("user", user).setParameter("ids", ids).getResultList());
    }

    /** Every id the user starred, for the {@code starred} filter. */
    List<Long> all(Kind kind) {
        return em.createQuery("select s." + kind.attribute + " from " + kind.entity.getSimpleName()
                + " s where s.user = :user", Long.class).setParameter("user", user).getResultList();
    }

    /** Stars or unstars one object for the user; doing what is already done changes nothing. */
    void set(Kind kind, long id, boolean starred) {
        boolean current = !among(kind, List.of(id)).isEmpty();
        if (starred && !current) {
            em.persist(kind == Kind.PART ? new PartStar(id, user) : new PartCategoryStar(id, user));
        } else if (!starred && current) {
            em.createQuery("delete from " + kind.entity.getSimpleName() + " s where s.user = :user and s."
                    + kind.attribute + " = :id").setParameter("user", user).setParameter("id", id).executeUpdate();
        }
    }
}
