package org.stocktree.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * A user or a group, as something other objects can be owned by or made responsible to. Every
 * user and every group has exactly one owner; its name and active flag follow the user or group.
 */
@Entity
@Table(name = "users_owner")
@ModelType(app = "users", model = "owner")
public class Owner extends BaseEntity {

    /** What an owner stands for. */
    public enum Kind {
        USER("user", "User"),
        GROUP("group", "Group");

        private final String model;
        private final String label;

        Kind(String model, String label) {
            this.model = model;
            this.label = label;
        }

        /** The model name InvenTree reports ({@code owner_model}). */
        public String model() {
            return model;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    protected Owner() {
    }

    Owner(User user) {
        this.kind = Kind.USER;
        this.ownerId = user.getId();
        follow(user);
    }

    Owner(Group group) {
        this.kind = Kind.GROUP;
        this.ownerId = group.getId();
        follow(group);
    }

    void follow(User user) {
        this.name = user.getUsername();
        this.active = user.isActive();
    }

    void follow(Group group) {
        this.name = group.getName();
        this.active = true;
    }

    public Kind getKind() {
        return kind;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
