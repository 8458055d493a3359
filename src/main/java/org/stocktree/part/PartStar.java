package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.BaseEntity;

/** A user's star on a part: they follow it (InvenTree's subscription). */
@Entity
@Table(name = "part_partstar")
public class PartStar extends BaseEntity {

    @Column(name = "part_id", nullable = false)
    private long part;

    @Column(name = "user_id", nullable = false)
    private long user;

    protected PartStar() {
    }

    PartStar(long part, long user) {
        this.part = part;
        this.user = user;
    }
}
