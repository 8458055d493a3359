package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.TestDirectory;

/** Passwords checked by the directory itself, against a real (in-memory) LDAP server. */
class LdapDirectoryTest {

    private static TestDirectory directory;

    @BeforeAll
    static void startDirectory() {
        directory = TestDirectory.start(0);
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    private static LdapDirectory configured(String url, Optional<String> requireGroup) {
        LdapDirectory ldap = new LdapDirectory();
        ldap.url = Optional.of(url);
        ldap.bindDn = Optional.of(TestDirectory.SERVICE_DN);
        ldap.bindPassword = Optional.of(TestDirectory.SERVICE_PASSWORD);
        ldap.searchBase = Optional.of("ou=people," + TestDirectory.BASE);
        ldap.searchFilter = "(uid=%(user)s)";
        ldap.groupBase = Optional.of("ou=groups," + TestDirectory.BASE);
        ldap.requireGroup = requireGroup;
        return ldap;
    }

    @Test
    void theDirectoryChecksThePasswordAndDescribesThePerson() {
        LdapDirectory.Account alice = configured(directory.url(), Optional.empty())
                .authenticate("ldap-alice", "alice-directory-pass").orElseThrow();
        assertThat(alice.dn()).isEqualTo("uid=ldap-alice,ou=people,dc=example,dc=com");
        assertThat(List.of(alice.firstName(), alice.lastName(), alice.email()))
                .containsExactly("Alice", "Directory", "alice@example.com");
        assertThat(alice.groups()).containsExactlyInAnyOrder("stocktree-users", "Directory Engineers");
    }

    @Test
    void wrongPasswordsUnknownNamesAndEmptyPasswordsAreRefused() {
        LdapDirectory ldap = configured(directory.url(), Optional.empty());
        assertThat(ldap.authenticate("ldap-alice", "wrong")).isEmpty();
        assertThat(ldap.authenticate("nobody-here", "alice-directory-pass")).isEmpty();
        // an empty password would be an unauthenticated bind, which LDAP servers accept
        assertThat(ldap.authenticate("ldap-alice", "")).isEmpty();
    }

    @Test
    void aNameCannotWidenTheSearch() {
        LdapDirectory ldap = configured(directory.url(), Optional.empty());
        assertThat(ldap.authenticate("*", "alice-directory-pass")).isEmpty();
        assertThat(ldap.authenticate("ldap-alice)(uid=*", "alice-directory-pass")).isEmpty();
    }

    @Test
    void aRequiredGroupKeepsOthersOut() {
        LdapDirectory ldap = configured(directory.url(),
                Optional.of("cn=stocktree-users,ou=groups," + TestDirectory.BASE));
        assertThat(ldap.authenticate("ldap-alice", "alice-directory-pass")).isPresent();
        assertThat(ldap.authenticate("ldap-bob", "bob-directory-pass")).isEmpty();
    }

    @Test
    void anUnreachableDirectorySignsNobodyIn() {
        LdapDirectory ldap = configured("ldap://127.0.0.1:1", Optional.empty());
        assertThat(ldap.authenticate("ldap-alice", "alice-directory-pass")).isEmpty();
    }

    @Test
    void withoutAnAddressItIsOff() {
        LdapDirectory ldap = configured(directory.url(), Optional.empty());
        ldap.url = Optional.empty();
        assertThat(ldap.enabled()).isFalse();
        assertThat(ldap.authenticate("ldap-alice", "alice-directory-pass")).isEmpty();
    }
}
