package org.stocktree.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entity whose edits can conflict: every update checks and bumps {@code version}, so a request
 * that read an older state fails (409) instead of silently overwriting another request's change.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

    @Version
    @Column(nullable = false)
    private long version;

    public long getVersion() {
        return version;
    }
}
