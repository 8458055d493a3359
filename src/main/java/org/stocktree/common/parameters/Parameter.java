package org.stocktree.common.parameters;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.users.User;

/**
 * One value of a template for one object, named by its content type and id as InvenTree names
 * it. The value is text; {@code dataNumeric} is the same value as a number in the template's
 * units (null when it is none), which is what numeric filters and orderings compare.
 */
@Entity
@Table(name = "part_partparameter")
@ModelType(app = "common", model = "parameter")
public class Parameter extends BaseEntity {

    @Column(name = "model_type_id", nullable = false)
    private long modelTypeId;

    @Column(name = "model_id", nullable = false)
    private long modelId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ParameterTemplate template;

    @Column(nullable = false, length = 500)
    private String data;

    @Column(name = "data_numeric")
    private Double dataNumeric;

    @Column(nullable = false, length = 500)
    private String note = "";

    private OffsetDateTime updated;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by_id")
    private User updatedBy;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> metadata = new LinkedHashMap<>();

    protected Parameter() {
    }

    Parameter(long modelTypeId, long modelId, ParameterTemplate template) {
        this.modelTypeId = modelTypeId;
        this.modelId = modelId;
        this.template = template;
    }

    /** Sets what the checked request asked for, stamped with who changed it and when. */
    void set(long newModelTypeId, long newModelId, ParameterTemplate newTemplate, Value value, String newNote,
            User changedBy) {
        modelTypeId = newModelTypeId;
        modelId = newModelId;
        template = newTemplate;
        data = value.data();
        dataNumeric = value.numeric();
        note = newNote == null ? "" : newNote;
        updated = OffsetDateTime.now();
        updatedBy = changedBy;
    }

    /** The number again, after the template's units changed. */
    void renumber(Double numeric) {
        dataNumeric = numeric;
    }

    /** A checked value: the text to store and its number in the template's units. */
    record Value(String data, Double numeric) {
    }

    public long getModelTypeId() {
        return modelTypeId;
    }

    public long getModelId() {
        return modelId;
    }

    public ParameterTemplate getTemplate() {
        return template;
    }

    public String getData() {
        return data;
    }

    public Double getDataNumeric() {
        return dataNumeric;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getUpdated() {
        return updated;
    }

    public User getUpdatedBy() {
        return updatedBy;
    }
}
