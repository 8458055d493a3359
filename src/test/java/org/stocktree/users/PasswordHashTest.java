package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    /** Computed independently with Python's hashlib.pbkdf2_hmac, as Django does. */
    private static final String DJANGO_HASH =
            "pbkdf2_sha256$1000$Nrs1eGMw1y1c5dOGJHjbDL$Rdm3LGfBjrrtD+nIpC0UdHUl/L6Q3oSt4Ew4w30j1tU=";

    @Test
    void verifiesHashesWrittenByDjango() {
        assertThat(PasswordHash.matches("correct horse", DJANGO_HASH)).isTrue();
        assertThat(PasswordHash.matches("correct horse!", DJANGO_HASH)).isFalse();
        assertThat(PasswordHash.matches("pässwörd",
                "pbkdf2_sha256$2000$saltsalt$Ux15U3uiML9/vSYZh1CSTrZ7O9jUjyUvhaRbrgmBPww=")).isTrue();
    }

    @Test
    void writesDjangoFormatWithAFreshSaltEachTime() {
        String first = PasswordHash.of("secret");
        String second = PasswordHash.of("secret");
        assertThat(first).startsWith("pbkdf2_sha256$" + PasswordHash.DEFAULT_ITERATIONS + "$");
        assertThat(first.split("\\$")).hasSize(4);
        assertThat(first).isNotEqualTo(second);
        assertThat(PasswordHash.matches("secret", first)).isTrue();
        assertThat(PasswordHash.matches("secret", second)).isTrue();
        assertThat(PasswordHash.matches("Secret", first)).isFalse();
    }

    @Test
    void rejectsAnythingNotInItsFormat() {
        assertThat(PasswordHash.matches("x", "!")).isFalse();
        assertThat(PasswordHash.matches("x", "md5$abc$def")).isFalse();
        assertThat(PasswordHash.matches("x", "pbkdf2_sha256$many$salt$hash")).isFalse();
        assertThat(PasswordHash.matches("x", "pbkdf2_sha256$0$salt$hash")).isFalse();
        assertThat(PasswordHash.matches(null, DJANGO_HASH)).isFalse();
        assertThat(PasswordHash.matches("x", null)).isFalse();
    }

    @Test
    void inactiveUsersCannotSignIn() {
        User user = User.administrator("root", "root@example.com", "pw");
        assertThat(user.acceptsPassword("pw")).isTrue();
        assertThat(user.serverRoles()).containsExactly("staff", "superuser");
        User clerk = new User("clerk", null);
        clerk.changePassword("pw");
        assertThat(clerk.serverRoles()).isEmpty();
        assertThat(clerk.acceptsPassword("pw")).isTrue();
    }
}
