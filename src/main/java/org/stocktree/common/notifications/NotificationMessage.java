package org.stocktree.common.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.users.User;

/**
 * A message to one user about one object (the target, such as the part whose stock ran low),
 * possibly caused by another (the source). Its user reads it, marks it read or unread, and
 * deletes it; nobody else sees it.
 */
@Entity
@Table(name = "common_notificationmessage")
public class NotificationMessage extends BaseEntity {

    static final int MAX_TEXT = 250;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(nullable = false, length = MAX_TEXT)
    private String category;

    @Column(nullable = false, length = MAX_TEXT)
    private String name;

    @Column(length = MAX_TEXT)
    private String message;

    @Column(name = "target_model", nullable = false, length = 100)
    private String targetModel;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "source_model", length = 100)
    private String sourceModel;

    @Column(name = "source_id")
    private Long sourceId;

    @Column(nullable = false)
    private OffsetDateTime creation;

    @Column(nullable = false)
    private boolean read;

    protected NotificationMessage() {
    }

    /**
     * A new unread message. Category and name are required; texts longer than the columns hold
     * are shortened rather than refused, since they are often made from user data.
     */
    NotificationMessage(User user, String category, String name, String message, ObjectReference target,
            ObjectReference source, OffsetDateTime creation) {
        this.user = Objects.requireNonNull(user, "user");
        this.category = fitted(required(category, "category"));
        this.name = fitted(required(name, "name"));
        this.message = message == null ? null : fitted(message);
        this.targetModel = Objects.requireNonNull(target, "target").model();
        this.targetId = target.id();
        this.sourceModel = source == null ? null : source.model();
        this.sourceId = source == null ? null : source.id();
        this.creation = creation.withOffsetSameInstant(ZoneOffset.UTC);
    }

    void markRead(boolean isRead) {
        read = isRead;
    }

    /** How long ago the message was created, never negative. */
    Duration age(OffsetDateTime now) {
        Duration age = Duration.between(creation, now);
        return age.isNegative() ? Duration.ZERO : age;
    }

    public ObjectReference target() {
        return new ObjectReference(targetModel, targetId);
    }

    /** The source, or null when the message has none. */
    public ObjectReference source() {
        return sourceModel == null || sourceId == null ? null : new ObjectReference(sourceModel, sourceId);
    }

    public User getUser() {
        return user;
    }

    public String getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getCreation() {
        return creation;
    }

    public boolean isRead() {
        return read;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A notification needs a " + what);
        }
        return text;
    }

    private static String fitted(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
