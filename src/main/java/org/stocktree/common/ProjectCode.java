package org.stocktree.common;

import org.stocktree.platform.persistence.ModelType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.rest.FormValues;
import org.stocktree.users.Owner;

/**
 * A code that ties orders, builds and stock to a project, optionally with a user or group
 * responsible for it. Codes are unique; an inactive code stays on what it was given to.
 */
@Entity
@Table(name = "common_projectcode")
@ModelType(app = "common", model = "projectcode", lookupFields = "code", display = "code")
public class ProjectCode extends BaseEntity implements HasMetadata {

    @Column(nullable = false, length = 50)
    private String code;

    @Column(nullable = false, length = 200)
    private String description = "";

    @Column(nullable = false)
    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_id")
    private Owner responsible;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected ProjectCode() {
    }

    ProjectCode(String code) {
        this.code = code;
    }

    /** Applies checked values; fields that were not sent stay as they are. */
    void apply(FormValues values) {
        code = values.text("code", code);
        description = values.text("description", description);
        active = values.bool("active", active);
        responsible = values.entity("responsible", Owner.class, responsible);
    }

    public String getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public Owner getResponsible() {
        return responsible;
    }

    @Override
    public Map<String, Object> getMetadata() {
        return metadata;
    }

    @Override
    public void replaceMetadata(Map<String, Object> metadata) {
        this.metadata = new LinkedHashMap<>(metadata);
    }
}
