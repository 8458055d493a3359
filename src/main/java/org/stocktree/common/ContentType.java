package org.stocktree.common;

import org.stocktree.platform.persistence.ModelType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the content type catalogue: a model InvenTree knows, with the id other rows refer to
 * it by (custom states, and later parameters and attachments). The rows are written by migrations
 * only, with fixed ids, so ids are the same in every installation; hence no id sequence.
 */
@Entity
@Table(name = "common_contenttype")
@ModelType(app = "contenttypes", model = "contenttype")
public class ContentType {

    @Id
    private Long id;

    @Column(name = "app_label", nullable = false, length = 100, updatable = false)
    private String appLabel;

    @Column(nullable = false, length = 100, updatable = false)
    private String model;

    /** InvenTree's verbose name of the model, "Stock Item". */
    @Column(nullable = false, length = 250, updatable = false)
    private String name;

    protected ContentType() {
    }

    public Long getId() {
        return id;
    }

    public String getAppLabel() {
        return appLabel;
    }

    public String getModel() {
        return model;
    }

    public String getName() {
        return name;
    }
}
