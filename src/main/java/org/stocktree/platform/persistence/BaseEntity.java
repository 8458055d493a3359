package org.stocktree.platform.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

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
