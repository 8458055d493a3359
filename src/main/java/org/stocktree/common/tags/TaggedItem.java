package org.stocktree.common.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.BaseEntity;

/** That one object (a model name and an id) carries one tag. */
@Entity
@Table(name = "taggit_taggeditem")
class TaggedItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tag_id")
    private Tag tag;

    @Column(name = "model_type", nullable = false, length = 100)
    private String modelType;

    @Column(name = "object_id", nullable = false)
    private long objectId;

    protected TaggedItem() {
    }

    TaggedItem(Tag tag, String modelType, long objectId) {
        this.tag = tag;
        this.modelType = modelType;
        this.objectId = objectId;
    }

    Tag getTag() {
        return tag;
    }

    long getObjectId() {
        return objectId;
    }
}
