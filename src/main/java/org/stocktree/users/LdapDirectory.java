package org.stocktree.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks passwords against an LDAP directory (Active Directory, OpenLDAP, FreeIPA...), as
 * InvenTree's LDAP sign-in does: a service account finds the user's entry by name, then the
 * directory itself checks the password by a bind as that entry. Stocktree never sees or stores
 * the directory password. Off unless {@code stocktree.ldap.url} is set.
 */
@ApplicationScoped
public class LdapDirectory {

    private static final Logger LOG = Logger.getLogger(LdapDirectory.class.getName());

    /** What the directory says about a person who just proved their password. */
    public record Account(String username, String dn, String firstName, String lastName, String email,
            List<String> groups) {
    }

    @Inject
    @ConfigProperty(name = "stocktree.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.search-base")
    Optional<String> searchBase;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.search-filter", defaultValue = "(uid={0})")
    String searchFilter;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.group-base")
    Optional<String> groupBase;

    @Inject
    @ConfigProperty(name = "stocktree.ldap.require-group")
    Optional<String> requireGroup;

    public boolean enabled() {
        return url.filter(value -> !value.isBlank()).isPresent();
    }

    /**
     * The account these credentials prove, or empty: unknown name, wrong password, not in the
     * required group, or the directory unreachable (logged; local accounts keep working).
     */
    public Optional<Account> authenticate(String username, String password) {
        if (!enabled() || password == null || password.isEmpty() || username.isBlank()) {
            return Optional.empty(); // an empty password would be an anonymous bind, which always "succeeds"
        }
        DirContext service = null;
        try {
            service = connect(bindDn.orElse(null), bindPassword.orElse(null));
            Optional<SearchResult> entry = find(service, username);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            String dn = entry.get().getNameInNamespace();
            connect(dn, password).close();
            List<String> groups = groupsOf(service, dn);
            if (requireGroup.isPresent() && groups.stream().noneMatch(requireGroup.get()::equalsIgnoreCase)) {
                return Optional.empty();
            }
            Attributes attributes = entry.get().getAttributes();
            return Optional.of(new Account(username, dn, text(attributes, "givenName"), text(attributes, "sn"),
                    text(attributes, "mail"), groups.stream().map(LdapDirectory::commonName).toList()));
        } catch (AuthenticationException wrongPassword) {
            return Optional.empty();
        } catch (NamingException unreachable) {
            LOG.log(Level.WARNING, "LDAP directory at " + url.orElse("") + " could not be asked", unreachable);
            return Optional.empty();
        } finally {
            close(service);
        }
    }

    private DirContext connect(String principal, String credentials) throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url.orElseThrow());
        environment.put("com.sun.jndi.ldap.connect.timeout", "3000");
        environment.put("com.sun.jndi.ldap.read.timeout", "5000");
        if (principal != null && !principal.isBlank()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, principal);
            environment.put(Context.SECURITY_CREDENTIALS, credentials == null ? "" : credentials);
        }
        return new InitialDirContext(environment);
    }

    /** The one entry the filter finds for the name; none when there are none or several. */
    private Optional<SearchResult> find(DirContext service, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"givenName", "sn", "mail"});
        // {0} is passed as a filter argument, so JNDI escapes it: a name like "*)(uid=*" cannot widen the search
        NamingEnumeration<SearchResult> found = service.search(searchBase.orElse(""), filterTemplate(),
                new Object[] {username}, controls);
        List<SearchResult> entries = new ArrayList<>();
        while (found.hasMore()) {
            entries.add(found.next());
        }
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /** InvenTree writes the filter as {@code (uid=%(user)s)}; both spellings work. */
    String filterTemplate() {
        return searchFilter.replace("%(user)s", "{0}");
    }

    private List<String> groupsOf(DirContext service, String dn) throws NamingException {
        List<String> groups = new ArrayList<>();
        if (groupBase.isEmpty()) {
            return groups;
        }
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        NamingEnumeration<SearchResult> found = service.search(groupBase.get(),
                "(|(member={0})(uniqueMember={0}))", new Object[] {dn}, controls);
        while (found.hasMore()) {
            groups.add(found.next().getNameInNamespace());
        }
        return groups;
    }

    private static String commonName(String groupDn) {
        String first = groupDn.split(",", 2)[0];
        return first.regionMatches(true, 0, "cn=", 0, 3) ? first.substring(3) : first;
    }

    private static String text(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        return attribute == null || attribute.get() == null ? "" : attribute.get().toString();
    }

    private static void close(DirContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // the connection is being discarded either way
            }
        }
    }
}
