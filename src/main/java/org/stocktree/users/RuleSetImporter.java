package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;

/**
 * Imports {@code users.ruleset} records: what a group may do in one role. Every group already has
 * its rule set for each role, so a record is matched by group and role name and its pk is not
 * kept (nothing refers to rule sets by id). The record's permissions apply to a group written by
 * the same import; for a group that was already there they must be the ones it grants.
 */
@ApplicationScoped
public class RuleSetImporter implements ModelImporter {

    @PersistenceContext
    EntityManager em;

    @Override
    public String model() {
        return "users.ruleset";
    }

    @Override
    public Set<String> after() {
        return Set.of(GroupImporter.MODEL);
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        String name = record.text("name");
        Role role = Role.byKey(name == null ? "" : name)
                .orElseThrow(() -> new RecordRejected("field 'name': '" + name + "' is not a role"));
        if (!record.has("group")) {
            throw new RecordRejected("field 'group' is required");
        }
        Group group = GroupImporter.referenced(em, record.fields().get("group"), "group");
        boolean view = flag(record, "can_view");
        boolean add = flag(record, "can_add");
        boolean change = flag(record, "can_change");
        boolean delete = flag(record, "can_delete");
        RuleSet ruleSet = group.ruleSet(role);
        if (session.wrote(GroupImporter.MODEL, group.getId())) {
            ruleSet.allow(view, add, change, delete);
            return true;
        }
        if (ruleSet.grantsExactly(view, add, change, delete)) {
            return false;
        }
        throw new RecordRejected("the existing group '" + group.getName() + "' grants other permissions for role '"
                + role.key() + "'; an import never changes an existing group");
    }

    private static boolean flag(FixtureRecord record, String field) {
        Boolean value = record.bool(field);
        return value != null && value;
    }
}
