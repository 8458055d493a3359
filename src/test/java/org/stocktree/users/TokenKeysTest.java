package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TokenKeysTest {

    private final User owner = new User("scripts", null);

    @Test
    void aTokensKeyIsStableAndOnlyItsDigestIsStored() throws Exception {
        TokenKeys keys = TokenKeys.withSecret("server secret");
        ApiToken token = token(41);
        String key = keys.key(token);
        assertThat(key).startsWith("inv-").hasSize(44);
        assertThat(keys.key(token)).as("asking again gives the same key").isEqualTo(key);
        assertThat(TokenKeys.digest(key)).hasSize(64).isNotEqualTo(key).doesNotContain(key.substring(4));
    }

    @Test
    void keysDifferByTokenAndBySecret() throws Exception {
        ApiToken first = token(1);
        ApiToken second = token(2);
        assertThat(TokenKeys.withSecret("a").key(first)).isNotEqualTo(TokenKeys.withSecret("a").key(second));
        assertThat(TokenKeys.withSecret("a").key(first)).isNotEqualTo(TokenKeys.withSecret("b").key(first));
    }

    @Test
    void aTokenWorksUntilItExpiresOrIsRevoked() throws Exception {
        assertThat(new ApiToken(owner, "ci", LocalDate.now()).isActive()).isTrue();
        assertThat(new ApiToken(owner, "ci", LocalDate.now().minusDays(1)).isActive()).isFalse();
        ApiToken revoked = new ApiToken(owner, "ci", null);
        assertThat(revoked.getExpiry()).isEqualTo(LocalDate.now().plusDays(365));
        revoked.revoke();
        assertThat(revoked.isActive()).isFalse();
    }

    @Test
    void useIsRecordedAtMostOnceADay() {
        ApiToken token = new ApiToken(owner, "ci", null);
        assertThat(token.seenToday()).isTrue();
        assertThat(token.seenToday()).isFalse();
        assertThat(token.getLastSeen()).isEqualTo(LocalDate.now());
    }

    @Test
    void namesAreTrimmedCleanedAndCut() {
        assertThat(ApiToken.sanitizeName("  laptop\u0007 ")).isEqualTo("laptop");
        assertThat(ApiToken.sanitizeName(null)).isEmpty();
        assertThat(ApiToken.sanitizeName("x".repeat(150))).hasSize(100);
    }

    private ApiToken token(long id) throws Exception {
        ApiToken token = new ApiToken(owner, "ci", null);
        Field field = org.stocktree.platform.persistence.BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(token, id);
        return token;
    }
}
