package org.stocktree.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.ws.rs.NotFoundException;

/**
 * The identity every entity shares: a {@code bigint} primary key drawn from a sequence.
 *
 * <p>Each entity has its own sequence, named {@code <table>_seq} and incremented by 50 (the
 * migrations create them), so Hibernate hands out ids from memory and batches inserts. Ids
 * imported from InvenTree are kept as they are; the import moves the sequences past them.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** The entity with that id, or a 404 answer: what every detail endpoint needs first. */
    public static <E extends BaseEntity> E require(EntityManager em, Class<E> type, Object id) {
        E entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException();
        }
        return entity;
    }

    public Long getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof BaseEntity entity && id != null && getClass() == entity.getClass()
                && id.equals(entity.id);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }
}
