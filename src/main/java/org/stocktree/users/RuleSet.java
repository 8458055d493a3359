package org.stocktree.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.EnumSet;
import java.util.Set;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * What the members of one group may do within one role.
 *
 * <p>Permissions imply each other as in InvenTree: whoever may add, change or delete may view,
 * and whoever may add or delete may change.
 */
@Entity
@Table(name = "users_ruleset")
@ModelType(app = "users", model = "ruleset", roles = "admin")
public class RuleSet extends BaseEntity {

    @Column(nullable = false, length = 50, updatable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private Group group;

    @Column(name = "can_view", nullable = false)
    private boolean canView;

    @Column(name = "can_add", nullable = false)
    private boolean canAdd;

    @Column(name = "can_change", nullable = false)
    private boolean canChange;

    @Column(name = "can_delete", nullable = false)
    private boolean canDelete;

    protected RuleSet() {
    }

    RuleSet(Role role, Group group) {
        this.name = role.key();
        this.group = group;
    }

    /** Sets the four permissions, then applies the implications between them. */
    public void allow(boolean view, boolean add, boolean change, boolean delete) {
        this.canAdd = add;
        this.canDelete = delete;
        this.canChange = change || add || delete;
        this.canView = view || this.canChange;
    }

    /** Grants exactly these permissions (plus what they imply). */
    public void allow(Set<Permission> permissions) {
        allow(permissions.contains(Permission.VIEW), permissions.contains(Permission.ADD),
                permissions.contains(Permission.CHANGE), permissions.contains(Permission.DELETE));
    }

    /** Whether {@link #allow(boolean, boolean, boolean, boolean)} with these values would change nothing. */
    public boolean grantsExactly(boolean view, boolean add, boolean change, boolean delete) {
        boolean impliedChange = change || add || delete;
        return canAdd == add && canDelete == delete && canChange == impliedChange
                && canView == (view || impliedChange);
    }

    @Transient
    public Set<Permission> permissions() {
        Set<Permission> granted = EnumSet.noneOf(Permission.class);
        if (canView) {
            granted.add(Permission.VIEW);
        }
        if (canAdd) {
            granted.add(Permission.ADD);
        }
        if (canChange) {
            granted.add(Permission.CHANGE);
        }
        if (canDelete) {
            granted.add(Permission.DELETE);
        }
        return granted;
    }

    public Role getRole() {
        return Role.byKey(name).orElseThrow(() -> new IllegalStateException("unknown role " + name));
    }

    public String getName() {
        return name;
    }

    public Group getGroup() {
        return group;
    }

    public boolean canView() {
        return canView;
    }

    public boolean canAdd() {
        return canAdd;
    }

    public boolean canChange() {
        return canChange;
    }

    public boolean canDelete() {
        return canDelete;
    }
}
