package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/** Issues API tokens and signs requests in by them. */
@ApplicationScoped
public class ApiTokens {

    /** A token as handed to its owner: the key is shown only to them. */
    public record Grant(String token, String name, LocalDate expiry) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TokenKeys keys;

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

    /** The active user this key signs in, if any; records that the token was used today. */
    @Transactional
    public Optional<User> authenticate(String key) {
        if (key == null || !key.startsWith(TokenKeys.PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = em.createQuery("select t from ApiToken t join fetch t.user where t.keyHash = :digest",
                        ApiToken.class)
                .setParameter("digest", TokenKeys.digest(key))
                .getResultStream().findFirst()
                .filter(ApiToken::isActive)
                .filter(found -> found.getUser().isActive());
        token.ifPresent(ApiToken::seenToday);
        return token.map(ApiToken::getUser);
    }
}
