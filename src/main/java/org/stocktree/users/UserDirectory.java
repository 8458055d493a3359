package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stocktree.platform.cache.SharedCache;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks users up and checks their passwords.
 *
 * <p>Verifying a password costs hundreds of milliseconds by design, and clients using HTTP Basic
 * send the password with every request. A successful check is therefore remembered in this node's
 * memory for a short while, keyed by a digest of the stored hash and the password, so a changed
 * password or hash invalidates it at once. Nothing derived from a password leaves the process.
 */
@ApplicationScoped
public class UserDirectory {

    private static final long REMEMBER_MILLIS = 5 * 60 * 1000L;
    private static final int REMEMBER_MAX = 10_000;
    private static final Duration GRANTS_TTL = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    SharedCache cache;

    @Inject
    LdapDirectory ldap;

    @Inject
    UserAccounts accounts;

    @Inject
    @ConfigProperty(name = "stocktree.login.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "stocktree.login.lockout-minutes")
    int lockoutMinutes;

    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    public Optional<User> byUsername(String username) {
        List<User> found = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /**
     * The signed-in caller of an endpoint that requires one. The account may have been removed
     * since the request was authenticated; the caller is then treated as signed out.
     */
    public User caller(SecurityContext security) {
        return byUsername(security.getUserPrincipal().getName()).orElseThrow(() -> new NotAuthorizedException("Token"));
    }

    /** The outcome of a password sign-in: the user, nobody, or nobody because the name is locked out. */
    public record SignIn(Optional<User> user, boolean throttled) {
        static SignIn accepted(User user) {
            return new SignIn(Optional.of(user), false);
        }

        static SignIn refused() {
            return new SignIn(Optional.empty(), false);
        }

        static SignIn lockedOut() {
            return new SignIn(Optional.empty(), true);
        }
    }

    /**
     * Who these credentials sign in. After {@code stocktree.login.max-failures} wrong passwords
     * for a username within {@code stocktree.login.lockout-minutes}, that name is locked out for
     * the rest of the window, whatever the password: guessing is throttled on every node alike,
     * because the failures are counted in the shared cache. Names that do not exist count too, so
     * the answer never tells which names exist.
     */
    @Transactional
    public SignIn authenticate(String username, String password) {
        String failures = "failed-sign-ins:" + username.toLowerCase(java.util.Locale.ROOT);
        if (cache.counted(failures) >= maxFailures) {
            return SignIn.lockedOut();
        }
        Optional<User> user = byUsername(username);
        if (user.isPresent() && !user.get().isActive()) {
            cache.count(failures, Duration.ofMinutes(lockoutMinutes));
            return SignIn.refused();
        }
        if (user.isPresent()) {
            String key = rememberKey(user.get(), password);
            Long until = verified.get(key);
            long now = System.currentTimeMillis();
            if (until != null && until > now) {
                return SignIn.accepted(user.get());
            }
            if (user.get().acceptsPassword(password)) {
                if (verified.size() >= REMEMBER_MAX) {
                    verified.clear();
                }
                verified.put(key, now + REMEMBER_MILLIS);
                return SignIn.accepted(user.get());
            }
            verified.remove(key);
        }
        // Not a local password: the directory may know the name (and then the account follows it).
        Optional<User> fromDirectory = ldap.authenticate(username, password).map(accounts::fromDirectory);
        if (fromDirectory.isPresent()) {
            return SignIn.accepted(fromDirectory.get());
        }
        cache.count(failures, Duration.ofMinutes(lockoutMinutes));
        return SignIn.refused();
    }

    /**
     * Everything the security layer should know the user may do: the server-wide roles plus one
     * {@code role.permission} entry ({@code part.view}) per permission any of their groups grants.
     */
    public Set<String> securityRoles(User user) {
        return securityRoles(user.getId(), user.serverRoles());
    }

    /** The same for an account known by its id and server roles, without loading it. */
    public Set<String> securityRoles(long userId, List<String> serverRoles) {
        Set<String> roles = new TreeSet<>(serverRoles);
        roles.addAll(cache.get(grantsKey(userId), Grants.class, GRANTS_TTL, () -> grantsOf(userId)).roles());
        return roles;
    }

    /** The cache key of what a user's groups grant; forgotten when the groups or their rule sets change. */
    static String grantsKey(long userId) {
        return "users:grants:" + userId;
    }

    /** The roles a user's groups grant, e.g. {@code part.view}: cached, as every request needs them. */
    record Grants(List<String> roles) {
    }

    private Grants grantsOf(long userId) {
        Set<String> roles = new TreeSet<>();
        List<RuleSet> ruleSets = em.createQuery("select r from User u join u.groups g join g.ruleSets r "
                + "where u.id = :user", RuleSet.class).setParameter("user", userId).getResultList();
        for (RuleSet ruleSet : ruleSets) {
            Optional<Role> role = Role.byKey(ruleSet.getName());
            role.ifPresent(known -> ruleSet.permissions().forEach(permission -> roles.add(known.grant(permission))));
        }
        return new Grants(List.copyOf(roles));
    }

    /** The groups of each of the users, read in one statement. */
    public Map<Long, List<Group>> groupsOf(List<User> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Group>> groups = new java.util.HashMap<>();
        em.createQuery("select u.id, g from User u join u.groups g where u in :users", Object[].class)
                .setParameter("users", users)
                .getResultList()
                .forEach(row -> groups.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add((Group) row[1]));
        return groups;
    }

    /** The stored profiles of the users (users without one are absent), read in one statement. */
    public Map<Long, UserProfile> profilesOf(List<User> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<Long, UserProfile> profiles = new java.util.HashMap<>();
        em.createQuery("select p.user.id, p from UserProfile p left join fetch p.primaryGroup where p.user in :users",
                        Object[].class)
                .setParameter("users", users).getResultList()
                .forEach(row -> profiles.put((Long) row[0], (UserProfile) row[1]));
        return profiles;
    }

    /** The user's stored profile, if they have saved one. */
    public Optional<UserProfile> profileOf(User user) {
        return em.createQuery("select p from UserProfile p where p.user = :user", UserProfile.class)
                .setParameter("user", user).getResultStream().findFirst();
    }

    private static String rememberKey(User user, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(user.getPasswordHash().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
