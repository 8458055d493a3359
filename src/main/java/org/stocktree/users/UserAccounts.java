package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.cache.CacheInvalidation;
import org.stocktree.platform.persistence.BaseEntity;
import org.stocktree.platform.rest.FieldErrors;

/**
 * Creating, changing and removing users and groups, with InvenTree's rules: unique names, only a
 * superuser makes superusers, only staff make staff, and passwords that pass Django's checks
 * unless the administrator overrides them.
 */
@ApplicationScoped
public class UserAccounts {

    @Inject
    CacheInvalidation invalidation;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.mirror-groups", defaultValue = "false")
    boolean mirrorGroups;

    @PersistenceContext
    EntityManager em;

    @Inject
    Owners owners;

    @Transactional
    public User create(UserJson.Input input, User actor) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String username = input.username() == null ? null : input.username().strip();
        addIf(errors, "username", User.usernameProblem(username));
        if (username != null && errors.isEmpty() && usernameTaken(username, null)) {
            addIf(errors, "username", "A user with that username already exists.");
        }
        checkDetails(input, actor, null, errors);
        Set<Group> groups = groups(input.groupIds(), errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        User user = new User(username, input.email());
        user.describe(input.firstName(), input.lastName(), null);
        user.setFlags(input.staff(), input.superuser(), input.active());
        user.replaceGroups(groups);
        em.persist(user);
        owners.follow(user);
        return user;
    }

    /** Changes what the input names; with {@code partial} false the username must be given (PUT). */
    @Transactional
    public User update(long id, UserJson.Input input, boolean partial, User actor) {
        User user = find(id);
        guardSuperuser(user, actor);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String username = input.username() == null ? null : input.username().strip();
        if (username != null || !partial) {
            addIf(errors, "username", username == null ? "This field is required." : User.usernameProblem(username));
            if (errors.isEmpty() && usernameTaken(username, user.getId())) {
                addIf(errors, "username", "A user with that username already exists.");
            }
        }
        checkDetails(input, actor, user, errors);
        Set<Group> groups = input.groupIds() == null ? null : groups(input.groupIds(), errors);
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        if (username != null) {
            user.rename(username);
        }
        user.describe(input.firstName(), input.lastName(), input.email());
        user.setFlags(input.staff(), input.superuser(), input.active());
        if (groups != null) {
            user.replaceGroups(groups);
            invalidation.afterCommit(UserDirectory.grantsKey(user.getId()));
        }
        owners.follow(user);
        return user;
    }

    @Transactional
    public void delete(long id, User actor) {
        User user = find(id);
        guardSuperuser(user, actor);
        em.remove(user);
        owners.forget(Owner.Kind.USER, id);
        invalidation.afterCommit(UserDirectory.grantsKey(id));
    }

    /**
     * The local account of someone the LDAP directory just signed in: created on first sign-in
     * (with no local password, so only the directory can sign them in), names and email kept in
     * step with the directory, and, when {@code stocktree.ldap.mirror-groups} is on, membership of
     * the Stocktree groups named like their directory groups.
     */
    @Transactional
    public User fromDirectory(LdapDirectory.Account account) {
        User user = em.createNamedQuery(User.BY_USERNAME, User.class).setParameter("username", account.username())
                .getResultStream().findFirst().orElse(null);
        if (user == null) {
            user = new User(account.username(), account.email());
            em.persist(user);
        }
        user.describe(account.firstName().isEmpty() ? null : account.firstName(),
                account.lastName().isEmpty() ? null : account.lastName(),
                account.email().isEmpty() ? null : account.email());
        if (mirrorGroups) {
            Set<Group> groups = account.groups().isEmpty() ? Set.of() : new HashSet<>(em.createQuery(
                    "select g from Group g where g.name in :names", Group.class)
                    .setParameter("names", account.groups()).getResultList());
            if (!groups.equals(user.getGroups())) {
                user.replaceGroups(groups);
                invalidation.afterCommit(UserDirectory.grantsKey(user.getId()));
            }
        }
        owners.follow(user);
        return user;
    }

    /**
     * A user removes their own account. The last active superuser may not, since nobody could
     * then administer the server.
     */
    @Transactional
    public void deleteSelf(User self) {
        if (self.isSuperuser() && self.isActive() && em.createQuery(
                "select count(u) from User u where u.superuser = true and u.active = true", Long.class)
                .getSingleResult() <= 1) {
            throw FieldErrors.general("The last active superuser cannot delete their own account.");
        }
        em.remove(em.contains(self) ? self : em.merge(self));
        owners.forget(Owner.Kind.USER, self.getId());
        invalidation.afterCommit(UserDirectory.grantsKey(self.getId()));
    }

    /**
     * Sets a user's password. Unless {@code override} is set, the password must pass Django's
     * default checks: at least 8 characters, not only digits, not close to the username.
     */
    @Transactional
    public void setPassword(long id, String password, boolean override) {
        User user = find(id);
        if (password == null || password.isEmpty()) {
            throw FieldErrors.of("password", "This field is required.");
        }
        if (!override) {
            List<String> problems = passwordProblems(password, user);
            if (!problems.isEmpty()) {
                throw FieldErrors.of(Map.of("password", problems));
            }
        }
        user.changePassword(password);
    }

    /** Changes the caller's own names and email address (the rest of an account is for staff). */
    @Transactional
    public User updateSelf(User self, UserJson.Input input) {
        User user = find(self.getId());
        Map<String, List<String>> errors = new LinkedHashMap<>();
        addIf(errors, "email", User.emailProblem(input.email()));
        if (!errors.isEmpty()) {
            throw FieldErrors.of(errors);
        }
        user.describe(input.firstName(), input.lastName(), input.email());
        return user;
    }

    /** Saves the caller's profile changes, creating their profile on first save. */
    @Transactional
    public UserProfile updateProfile(User self, UserProfile.Changes changes) {
        User user = find(self.getId());
        UserProfile profile = em.createQuery("select p from UserProfile p where p.user = :user", UserProfile.class)
                .setParameter("user", user).getResultStream().findFirst()
                .orElseGet(() -> new UserProfile(user));
        Group group = changes.primaryGroup() == null ? null : em.find(Group.class, changes.primaryGroup());
        profile.apply(changes, group);
        if (profile.getId() == null) {
            em.persist(profile);
        }
        return profile;
    }

    public User find(long id) {
        return BaseEntity.require(em, User.class, id);
    }

    @Transactional
    public Group createGroup(String name) {
        String clean = checkedGroupName(name, null);
        Group group = new Group(clean);
        em.persist(group);
        owners.follow(group);
        return group;
    }

    @Transactional
    public Group renameGroup(long id, String name) {
        Group group = findGroup(id);
        group.rename(checkedGroupName(name, id));
        owners.follow(group);
        return group;
    }

    @Transactional
    public void deleteGroup(long id) {
        Group group = findGroup(id);
        forgetGrantsOfMembers(group);
        em.remove(group);
        owners.forget(Owner.Kind.GROUP, id);
    }

    public Group findGroup(long id) {
        return BaseEntity.require(em, Group.class, id);
    }

    /** Changes the permissions a rule set grants; absent ones stay as they are. */
    @Transactional
    public RuleSet updateRuleSet(long id, Boolean view, Boolean add, Boolean change, Boolean delete) {
        RuleSet set = BaseEntity.require(em, RuleSet.class, id);
        set.allow(view == null ? set.canView() : view, add == null ? set.canAdd() : add,
                change == null ? set.canChange() : change, delete == null ? set.canDelete() : delete);
        forgetGrantsOfMembers(set.getGroup());
        return set;
    }

    /** What a group grants changed: its members' cached grants are stale once this commits. */
    private void forgetGrantsOfMembers(Group group) {
        em.createQuery("select u.id from User u join u.groups g where g = :group", Long.class)
                .setParameter("group", group).getResultList()
                .forEach(member -> invalidation.afterCommit(UserDirectory.grantsKey(member)));
    }

    static List<String> passwordProblems(String password, User user) {
        List<String> problems = new ArrayList<>();
        String lower = password.toLowerCase(Locale.ROOT);
        String name = user.getUsername().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && (lower.contains(name) || name.contains(lower))) {
            problems.add("The password is too similar to the username.");
        }
        if (password.length() < 8) {
            problems.add("This password is too short. It must contain at least 8 characters.");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        return problems;
    }

    /** Staff administer users, but a superuser's account is changed by superusers only. */
    private static void guardSuperuser(User target, User actor) {
        if (target.isSuperuser() && !actor.isSuperuser()) {
            throw new ForbiddenException("Only a superuser can change a superuser's account.");
        }
    }

    private void checkDetails(UserJson.Input input, User actor, User existing, Map<String, List<String>> errors) {
        addIf(errors, "email", User.emailProblem(input.email()));
        boolean superuserChange = input.superuser() != null
                && (existing == null ? input.superuser() : input.superuser() != existing.isSuperuser());
        if (superuserChange && !actor.isSuperuser()) {
            addIf(errors, "is_superuser", "Only a superuser can adjust this field");
        }
        boolean staffChange = input.staff() != null
                && (existing == null ? input.staff() : input.staff() != existing.isStaff());
        if (staffChange && !actor.isStaff() && !actor.isSuperuser()) {
            addIf(errors, "is_staff", "Only a staff user can adjust this field");
        }
    }

    private Set<Group> groups(List<Long> ids, Map<String, List<String>> errors) {
        Set<Group> groups = new HashSet<>();
        if (ids == null) {
            return groups;
        }
        for (Long id : ids) {
            Group group = id == null ? null : em.find(Group.class, id);
            if (group == null) {
                addIf(errors, "group_ids", "Invalid pk \"" + id + "\" - object does not exist.");
            } else {
                groups.add(group);
            }
        }
        return groups;
    }

    private String checkedGroupName(String name, Long exceptId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw FieldErrors.of("name", "This field may not be blank.");
        }
        if (clean.length() > 150) {
            throw FieldErrors.of("name", "Ensure this field has no more than 150 characters.");
        }
        boolean taken = !em.createQuery("select g.id from Group g where lower(g.name) = :name and g.id <> :except", Long.class)
                .setParameter("name", clean.toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getResultList().isEmpty();
        if (taken) {
            throw FieldErrors.of("name", "group with this name already exists.");
        }
        return clean;
    }

    private boolean usernameTaken(String username, Long exceptId) {
        return !em.createQuery("select u.id from User u where lower(u.username) = :name and u.id <> :except", Long.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT))
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .getResultList().isEmpty();
    }

    private static void addIf(Map<String, List<String>> errors, String field, String problem) {
        if (problem != null) {
            errors.computeIfAbsent(field, key -> new ArrayList<>()).add(problem);
        }
    }
}
