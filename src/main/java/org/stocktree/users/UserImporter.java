package org.stocktree.users;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.stocktree.platform.imports.FixtureRecord;
import org.stocktree.platform.imports.ImportSession;
import org.stocktree.platform.imports.ModelImporter;
import org.stocktree.platform.imports.RecordRejected;

/**
 * Imports {@code auth.user} records with their ids: names, email, flags, dates, group
 * memberships, and the password hash as Django stored it (a {@code pbkdf2_sha256$...} hash signs
 * the user in with their InvenTree password; without one the account has no usable password until
 * a superuser sets one). Django's {@code user_permissions} are ignored, as InvenTree's API does not
 * use them. Fields the record leaves out take Django's defaults.
 *
 * <p>An existing account is never changed. A record whose pk is stored already is accepted only
 * when every field it gives (username, names, email, flags, password hash, date joined, groups)
 * equals the stored account, and then changes nothing; {@code last_login} is not compared, since
 * it changes with every sign-in. Any difference, or a username taken by another pk (compared
 * without case, as the API does), rejects the record and with it the whole import.
 */
@ApplicationScoped
public class UserImporter implements ModelImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Owners owners;

    @Override
    public String model() {
        return "auth.user";
    }

    @Override
    public List<String> tables() {
        return List.of("auth_user");
    }

    @Override
    public boolean load(FixtureRecord record, ImportSession session) {
        long pk = record.id();
        String username = record.text("username");
        String problem = User.usernameProblem(username);
        if (problem != null) {
            throw new RecordRejected("field 'username': " + problem);
        }
        String password = record.text("password", 128);
        String firstName = record.text("first_name", 150);
        String lastName = record.text("last_name", 150);
        String email = record.text("email", 254);
        Boolean active = record.bool("is_active");
        Boolean staff = record.bool("is_staff");
        Boolean superuser = record.bool("is_superuser");
        OffsetDateTime dateJoined = record.dateTime("date_joined");
        OffsetDateTime lastLogin = record.dateTime("last_login");

        User existing = em.find(User.class, pk);
        if (existing != null) {
            List<String> differences = new ArrayList<>();
            differs(differences, "username", username, existing.getUsername());
            differs(differences, "password", password, existing.getPasswordHash());
            differs(differences, "first_name", firstName, existing.getFirstName());
            differs(differences, "last_name", lastName, existing.getLastName());
            differs(differences, "email", email, existing.getEmail());
            differs(differences, "is_active", active, existing.isActive());
            differs(differences, "is_staff", staff, existing.isStaff());
            differs(differences, "is_superuser", superuser, existing.isSuperuser());
            if (dateJoined != null && !dateJoined.isEqual(existing.getDateJoined())) {
                differences.add("date_joined");
            }
            if (!differences.isEmpty()) {
                throw new RecordRejected("pk " + pk + " is already the user '" + existing.getUsername() + "', with other "
                        + String.join(", ", differences) + "; an import never changes an existing account");
            }
            return false;
        }
        List<Long> sameName = em.createQuery("select u.id from User u where lower(u.username) = :name", Long.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT)).getResultList();
        if (!sameName.isEmpty()) {
            throw new RecordRejected("the username '" + username + "' already belongs to user pk " + sameName.get(0));
        }
        session.claimId("auth_user", pk);
        insert(pk, username, password, firstName, lastName, email, active, staff, superuser, dateJoined, lastLogin);
        return true;
    }

    /** Group memberships, set once every group of the import is stored. */
    @Override
    public void link(FixtureRecord record, ImportSession session) {
        List<JsonNode> references = record.list("groups");
        if (references == null) {
            return;
        }
        Set<Group> groups = new LinkedHashSet<>();
        for (JsonNode reference : references) {
            groups.add(GroupImporter.referenced(em, reference, "groups"));
        }
        long pk = record.id();
        if (session.wrote(model(), pk)) {
            for (Group group : groups) {
                em.createNativeQuery("insert into auth_user_groups (user_id, group_id) values (?1, ?2)")
                        .setParameter(1, pk).setParameter(2, group.getId()).executeUpdate();
            }
            return;
        }
        Set<Long> stored = em.find(User.class, pk).getGroups().stream().map(Group::getId).collect(Collectors.toSet());
        Set<Long> given = groups.stream().map(Group::getId).collect(Collectors.toSet());
        if (!stored.equals(given)) {
            throw new RecordRejected("pk " + pk + " is already the user '" + em.find(User.class, pk).getUsername()
                    + "', with other groups; an import never changes an existing account");
        }
    }

    @Override
    public void finish(ImportSession session) {
        owners.synchronise();
    }

    private void insert(long pk, String username, String password, String firstName, String lastName, String email,
            Boolean active, Boolean staff, Boolean superuser, OffsetDateTime dateJoined, OffsetDateTime lastLogin) {
        String columns = "id, username, password, first_name, last_name, email, is_active, is_staff, is_superuser, "
                + "date_joined";
        String values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10";
        if (lastLogin != null) {
            columns += ", last_login";
            values += ", ?11";
        }
        Query insert = em.createNativeQuery("insert into auth_user (" + columns + ") values (" + values + ")")
                .setParameter(1, pk)
                .setParameter(2, username)
                .setParameter(3, password == null ? User.UNUSABLE_PASSWORD : password)
                .setParameter(4, Objects.requireNonNullElse(firstName, ""))
                .setParameter(5, Objects.requireNonNullElse(lastName, ""))
                .setParameter(6, Objects.requireNonNullElse(email, ""))
                .setParameter(7, active == null || active)
                .setParameter(8, staff != null && staff)
                .setParameter(9, superuser != null && superuser)
                .setParameter(10, dateJoined == null ? OffsetDateTime.now() : dateJoined);
        if (lastLogin != null) {
            insert.setParameter(11, lastLogin);
        }
        insert.executeUpdate();
    }

    private static void differs(List<String> differences, String field, Object given, Object stored) {
        if (given != null && !given.equals(stored)) {
            differences.add(field);
        }
    }
}
