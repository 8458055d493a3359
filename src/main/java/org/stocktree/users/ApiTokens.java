package org.stocktree.users;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Issues API tokens and signs requests in by them. */
@ApplicationScoped
public class ApiTokens {

    /** A token and its holder's account, by the key's digest. */
    private static final String HOLDER = "select t.id as token_id, t.expiry, t.revoked, t.last_seen, u.id as user_id, "
            + "u.username, u.is_active, u.is_staff, u.is_superuser "
            + "from users_apitoken t join auth_user u on u.id = t.user_id where t.key_hash = ?";

    /** A token as handed to its owner: the key is shown only to them. */
    public record Grant(String token, String name, LocalDate expiry) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TokenKeys keys;

    @Resource(lookup = "java:jboss/datasources/StocktreeDS")
    DataSource dataSource;

    /**
     * The user's token of that name: the valid one they already have, or a new one. Asking again
     * gives the same key, so clients that fetch a token at every start do not pile tokens up.
     */
    @Transactional
    public Grant issue(User user, String name) {
        String clean = ApiToken.sanitizeName(name);
        ApiToken token = em.createQuery("select t from ApiToken t where t.user = :user and t.name = :name "
                        + "and t.revoked = false and t.expiry >= :today order by t.id", ApiToken.class)
                .setParameter("user", user)
                .setParameter("name", clean)
                .setParameter("today", LocalDate.now())
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseGet(() -> create(user, clean, null));
        return new Grant(keys.key(token), token.getName(), token.getExpiry());
    }

    /** A new token; its key is derived once its id is known. */
    @Transactional
    public ApiToken create(User user, String name, LocalDate expiry) {
        ApiToken token = new ApiToken(user, name, expiry);
        em.persist(token);
        token.keyed(TokenKeys.digest(keys.key(token)));
        return token;
    }

    /** Who a token signs in: its holder's account as the security layer needs it. */
    public record SignedIn(long tokenId, long userId, String username, List<String> serverRoles, boolean firstUseToday) {
    }

    /**
     * The active user this key signs in, if any, read in one plain statement outside any
     * transaction. Every API request of a client signs in this way, and doing it through a JPA
     * transaction (session, enlistment, flush, commit) cost more than a whole small request;
     * reading the database every time keeps a revoked token or a deactivated account refused at
     * once, wherever the change was made.
     */
    public Optional<SignedIn> signIn(String key) {
        if (key == null || !key.startsWith(TokenKeys.PREFIX)) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement holder = connection.prepareStatement(HOLDER)) {
            holder.setString(1, TokenKeys.digest(key));
            try (ResultSet found = holder.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                LocalDate today = LocalDate.now();
                LocalDate expiry = found.getObject("expiry", LocalDate.class);
                LocalDate lastSeen = found.getObject("last_seen", LocalDate.class);
                if (found.getBoolean("revoked") || (expiry != null && expiry.isBefore(today))
                        || !found.getBoolean("is_active")) {
                    return Optional.empty();
                }
                return Optional.of(new SignedIn(found.getLong("token_id"), found.getLong("user_id"),
                        found.getString("username"),
                        User.serverRoles(found.getBoolean("is_staff"), found.getBoolean("is_superuser")),
                        !today.equals(lastSeen)));
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException("Could not read the token", unreadable);
        }
    }

    /** Records that the token was used today: at most one write a day, so a busy token does not write on every request. */
    @Transactional
    public void recordUse(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token != null) {
            token.seenToday();
        }
    }
}
