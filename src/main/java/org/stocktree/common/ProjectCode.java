package org.stocktree.common;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.rest.FieldErrors;
import org.stocktree.users.Owner;

/**
 * A code that ties orders, builds and stock to a project, optionally with a user or group
 * responsible for it. Codes are unique; an inactive code stays on what it was given to.
 */
@Entity
@Table(name = "common_projectcode")
@ModelType(app = "common", model = "projectcode", lookupFields = "code")
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

    /** The changes a client sends; absent fields stay as they are. */
    record Changes(String code, String description, Boolean active, Long responsible, boolean responsibleGiven) {
    }

    /** Applies the changes, all or none: the code must be present and short enough. */
    void apply(Changes changes, Owner owner) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String newCode = changes.code() == null ? code : changes.code().strip();
        if (newCode == null || newCode.isEmpty()) {
            errors.put("code", List.of("This field may not be blank."));
        } else if (newCode.length() > 50) {
            errors.put("code", List.of("Ensure this field has no more than 50 characters."));
        }
        if (changes.description() != null && changes.description().length() > 200) {
            errors.put("description", List.of("Ensure this field has no more than 200 characters."));
        }
        if (changes.responsibleGiven() && changes.responsible() != null && owner == null) {
            errors.put("responsible", List.of("Invalid pk \"" + changes.responsible() + "\" - object does not exist."));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        code = newCode;
        description = changes.description() != null ? changes.description() : description;
        active = changes.active() != null ? changes.active() : active;
        if (changes.responsibleGiven()) {
            responsible = owner;
        }
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
