package org.stocktree.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.stocktree.platform.persistence.ModelType;
import org.stocktree.platform.persistence.BaseEntity;

/**
 * A named key a user's scripts and integrations sign in with ({@code Authorization: Token <key>}).
 *
 * <p>Only the key's SHA-256 digest is stored; the key is derived from the token's identity and the
 * server's secret (see {@link TokenKeys}), so it can be handed out again to its owner without being
 * kept anywhere. A token works until it expires or is revoked.
 */
@Entity
@Table(name = "users_apitoken")
@ModelType(app = "users", model = "apitoken", roles = "admin")
public class ApiToken extends BaseEntity {

    /** InvenTree's default lifetime of a new token. */
    static final int DEFAULT_DAYS = 365;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false, updatable = false)
    private User user;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime created;

    @Column(nullable = false)
    private LocalDate expiry;

    @Column(name = "last_seen")
    private LocalDate lastSeen;

    @Column(nullable = false)
    private boolean revoked;

    protected ApiToken() {
    }

    ApiToken(User user, String name, LocalDate expiry) {
        this.user = Objects.requireNonNull(user);
        this.name = sanitizeName(name);
        // Milliseconds only: the key is derived from this instant, which must read back identically.
        this.created = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        this.expiry = expiry == null ? LocalDate.now().plusDays(DEFAULT_DAYS) : expiry;
        this.keyHash = "pending";
    }

    /** Names are free text, trimmed and cut to the column's 100 characters. */
    static String sanitizeName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", "");
        return clean.length() > 100 ? clean.substring(0, 100) : clean;
    }

    void keyed(String digest) {
        this.keyHash = digest;
    }

    /** Whether the token signs its user in today. */
    public boolean isActive() {
        return !revoked && !expiry.isBefore(LocalDate.now());
    }

    public void revoke() {
        this.revoked = true;
    }

    /** Records use, at most once a day, so that a busy token does not write on every request. */
    boolean seenToday() {
        LocalDate today = LocalDate.now();
        if (today.equals(lastSeen)) {
            return false;
        }
        lastSeen = today;
        return true;
    }

    public User getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getCreated() {
        return created;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public LocalDate getLastSeen() {
        return lastSeen;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
