package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    @PersistenceContext
    EntityManager em;

    private final Map<String, Long> verified = new ConcurrentHashMap<>();

    public Optional<User> byUsername(String username) {
        List<User> found = em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultList();
        return found.stream().findFirst();
    }

    /** The user these credentials sign in, if they do. */
    @Transactional
    public Optional<User> authenticate(String username, String password) {
        Optional<User> user = byUsername(username);
        if (user.isEmpty() || !user.get().isActive()) {
            return Optional.empty();
        }
        String key = rememberKey(user.get(), password);
        Long until = verified.get(key);
        long now = System.currentTimeMillis();
        if (until != null && until > now) {
            return user;
        }
        if (!user.get().acceptsPassword(password)) {
            verified.remove(key);
            return Optional.empty();
        }
        if (verified.size() >= REMEMBER_MAX) {
            verified.clear();
        }
        verified.put(key, now + REMEMBER_MILLIS);
        return user;
    }

    /**
     * Everything the security layer should know the user may do: the server-wide roles plus one
     * {@code role.permission} entry ({@code part.view}) per permission any of their groups grants.
     */
    public Set<String> securityRoles(User user) {
        Set<String> roles = new TreeSet<>(user.serverRoles());
        List<RuleSet> ruleSets = em.createQuery("select r from User u join u.groups g join g.ruleSets r "
                + "where u.id = :user", RuleSet.class).setParameter("user", user.getId()).getResultList();
        for (RuleSet ruleSet : ruleSets) {
            Optional<Role> role = Role.byKey(ruleSet.getName());
            role.ifPresent(known -> ruleSet.permissions().forEach(permission -> roles.add(known.grant(permission))));
        }
        return roles;
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
