package org.stocktree.users;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * A set of users who share permissions. A group always has one {@link RuleSet} per {@link Role},
 * created with the group, all denying until changed.
 */
@Entity
@Table(name = "auth_group")
@ModelType(app = "auth", model = "group", roles = "admin", display = "name")
public class Group extends BaseEntity {

    @Column(nullable = false, length = 150)
    private String name;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RuleSet> ruleSets = new ArrayList<>();

    protected Group() {
    }

    public Group(String name) {
        rename(name);
        for (Role role : Role.values()) {
            ruleSets.add(new RuleSet(role, this));
        }
    }

    /**
     * Gives the group the rule sets it lacks, granting nothing: for a group whose row was written
     * without them (an imported one).
     */
    void completeRuleSets() {
        for (Role role : Role.values()) {
            if (ruleSets.stream().noneMatch(set -> set.getRole() == role)) {
                ruleSets.add(new RuleSet(role, this));
            }
        }
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "name").trim();
    }

    /** This group's rule set for the role. */
    public RuleSet ruleSet(Role role) {
        return ruleSets.stream().filter(set -> set.getRole() == role).findFirst()
                .orElseThrow(() -> new IllegalStateException("group " + name + " has no rule set for " + role));
    }

    public String getName() {
        return name;
    }

    public List<RuleSet> getRuleSets() {
        return Collections.unmodifiableList(ruleSets);
    }
}
