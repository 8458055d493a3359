package org.stocktree.users;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.JsonMapConverter;
import org.stocktree.platform.rest.FieldErrors;

/**
 * What a user tells about themselves (display name, position, contact) and how they like the web
 * interface (language, theme, dashboard widgets, stored as the interface sends them).
 */
@Entity
@Table(name = "users_userprofile")
@ModelType(app = "users", model = "userprofile")
public class UserProfile extends org.stocktree.platform.persistence.BaseEntity {

    /** InvenTree's user types. */
    static final List<String> TYPES = List.of("bot", "internal", "external", "guest");

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(length = 10)
    private String language;

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> theme = new LinkedHashMap<>();

    @Convert(converter = JsonMapConverter.class)
    private Map<String, Object> widgets = new LinkedHashMap<>();

    @Column(length = 255)
    private String displayname;

    @Column(length = 255)
    private String position;

    @Column(length = 2000)
    private String status;

    @Column(length = 2000)
    private String location;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = 255)
    private String contact;

    @Column(name = "user_type", nullable = false, length = 10)
    private String type = "internal";

    @Column(length = 255)
    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_group_id")
    private Group primaryGroup;

    protected UserProfile() {
    }

    UserProfile(User user) {
        this.user = Objects.requireNonNull(user);
    }

    /** The changes a client sends; absent fields stay as they are. */
    record Changes(String language, Map<String, Object> theme, Map<String, Object> widgets, String displayname,
            String position, String status, String location, Boolean active, String contact, String type,
            String organisation, Long primaryGroup) {
    }

    /** Applies the changes after checking them all; nothing changes when one is refused. */
    void apply(Changes changes, Group group) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        checkLength(errors, "language", changes.language(), 10);
        checkLength(errors, "displayname", changes.displayname(), 255);
        checkLength(errors, "position", changes.position(), 255);
        checkLength(errors, "status", changes.status(), 2000);
        checkLength(errors, "location", changes.location(), 2000);
        checkLength(errors, "contact", changes.contact(), 255);
        checkLength(errors, "organisation", changes.organisation(), 255);
        if (changes.type() != null && !TYPES.contains(changes.type())) {
            errors.put("type", List.of("\"" + changes.type() + "\" is not a valid choice."));
        }
        if (changes.primaryGroup() != null && group == null) {
            errors.put("primary_group", List.of("Invalid pk \"" + changes.primaryGroup() + "\" - object does not exist."));
        } else if (group != null && !user.getGroups().contains(group)) {
            errors.put("primary_group", List.of("User is not a member of this group"));
        }
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        language = changes.language() != null ? changes.language() : language;
        theme = changes.theme() != null ? changes.theme() : theme;
        widgets = changes.widgets() != null ? changes.widgets() : widgets;
        displayname = changes.displayname() != null ? changes.displayname() : displayname;
        position = changes.position() != null ? changes.position() : position;
        status = changes.status() != null ? changes.status() : status;
        location = changes.location() != null ? changes.location() : location;
        active = changes.active() != null ? changes.active() : active;
        contact = changes.contact() != null ? changes.contact() : contact;
        type = changes.type() != null ? changes.type() : type;
        organisation = changes.organisation() != null ? changes.organisation() : organisation;
        primaryGroup = group != null ? group : primaryGroup;
    }

    private static void checkLength(Map<String, List<String>> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, List.of("Ensure this field has no more than " + max + " characters."));
        }
    }

    public String getLanguage() {
        return language;
    }

    public Map<String, Object> getTheme() {
        return theme;
    }

    public Map<String, Object> getWidgets() {
        return widgets;
    }

    public String getDisplayname() {
        return displayname;
    }

    public String getPosition() {
        return position;
    }

    public String getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    public boolean isActive() {
        return active;
    }

    public String getContact() {
        return contact;
    }

    public String getType() {
        return type;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Group getPrimaryGroup() {
        return primaryGroup;
    }
}
