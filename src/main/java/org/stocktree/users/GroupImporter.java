package org.stocktree.users;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;

/**
 * Imports {@code auth.group} records: the name, with the group's id. Django's model permissions
 * ({@code permissions}) are not used by InvenTree's API and are ignored; roles come from rule
 * sets. An imported group gets one rule set per role granting nothing, as a new group does, until
 * {@code users.ruleset} records say otherwise.
 */
@ApplicationScoped
public class GroupImporter implements ModelImporter {

    static final String MODEL = "auth.group";

    @PersistenceContext
    EntityManager em;

    @Inject
    Owners owners;

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public List<String> tables() {
        return List.of("auth_group");
    }

    /** A group with this pk and name already there is the same group; any other use of either is a conflict. */
    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String name = record.text("name", 150);
        if (name == null || name.isBlank()) {
            throw new RecordRejected("field 'name' is required");
        }
        name = name.strip();
        Group existing = em.find(Group.class, pk);
        if (existing != null) {
            if (existing.getName().equals(name)) {
                return false;
            }
            throw new RecordRejected("pk " + pk + " is already the group '" + existing.getName()
                    + "'; an import never changes an existing group");
        }
        List<Long> sameName = em.createQuery("select g.id from Group g where lower(g.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultList();
        if (!sameName.isEmpty()) {
            throw new RecordRejected("the group name '" + name + "' already belongs to group pk " + sameName.get(0));
        }
        session.claimId("auth_group", pk);
        em.createNativeQuery("insert into auth_group (id, name) values (?1, ?2)")
                .setParameter(1, pk).setParameter(2, name).executeUpdate();
        em.find(Group.class, pk).completeRuleSets();
        return true;
    }

    @Override
    public void finish(ImportSession session) {
        owners.synchronise();
    }

    /**
     * The group a reference names: its pk, or its natural key ({@code ["Engineers"]}) as
     * {@code dumpdata --natural-foreign} writes it. Imported groups are stored by the time
     * references are resolved.
     */
    static Group referenced(EntityManager em, JsonNode reference, String field) {
        if (reference.isIntegralNumber()) {
            Group group = em.find(Group.class, reference.asLong());
            if (group == null) {
                throw new RecordRejected("field '" + field + "': group pk " + reference.asLong() + " does not exist");
            }
            return group;
        }
        if (reference.isArray() && reference.size() == 1 && reference.get(0).isTextual()) {
            String name = reference.get(0).asText();
            return em.createQuery("select g from Group g where g.name = :name", Group.class)
                    .setParameter("name", name).getResultStream().findFirst()
                    .orElseThrow(() -> new RecordRejected("field '" + field + "': group '" + name + "' does not exist"));
        }
        throw new RecordRejected("field '" + field + "': " + reference + " is neither a group pk nor a group name");
    }
}
