package org.stocktree.part;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.BaseEntity;

/** A user's star on a part category: they follow it (InvenTree's subscription). */
@Entity
@Table(name = "part_partcategorystar")
public class PartCategoryStar extends BaseEntity {

    @Column(name = "category_id", nullable = false)
    private long category;

    @Column(name = "user_id", nullable = false)
    private long user;

    protected PartCategoryStar() {
    }

    PartCategoryStar(long category, long user) {
        this.category = category;
        this.user = user;
    }
}
