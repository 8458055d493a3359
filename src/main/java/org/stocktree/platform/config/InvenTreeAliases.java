package org.stocktree.platform.config;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Accepts InvenTree's environment variable names for the settings both systems share, so an
 * InvenTree deployment's environment file works unchanged.
 *
 * <p>Its ordinal (250) sits between the environment (300) and the application's defaults (100):
 * {@code STOCKTREE_ADMIN_USER} wins over {@code INVENTREE_ADMIN_USER}, which wins over the default.
 */
public class InvenTreeAliases implements ConfigSource {

    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("stocktree.ldap.url", "INVENTREE_LDAP_SERVER_URI"),
            Map.entry("stocktree.ldap.bind-dn", "INVENTREE_LDAP_BIND_DN"),
            Map.entry("stocktree.ldap.bind-password", "INVENTREE_LDAP_BIND_PASSWORD"),
            Map.entry("stocktree.ldap.search-base", "INVENTREE_LDAP_SEARCH_BASE_DN"),
            Map.entry("stocktree.ldap.search-filter", "INVENTREE_LDAP_SEARCH_FILTER_STR"),
            Map.entry("stocktree.admin.user", "INVENTREE_ADMIN_USER"),
            Map.entry("stocktree.admin.password", "INVENTREE_ADMIN_PASSWORD"),
            Map.entry("stocktree.admin.email", "INVENTREE_ADMIN_EMAIL"),
            Map.entry("stocktree.site-url", "INVENTREE_SITE_URL"),
            Map.entry("stocktree.global-settings", "INVENTREE_GLOBAL_SETTINGS"));

    private final Function<String, String> environment;

    public InvenTreeAliases() {
        this(System::getenv);
    }

    InvenTreeAliases(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Map<String, String> getProperties() {
        return ALIASES.keySet().stream()
                .filter(key -> getValue(key) != null)
                .collect(Collectors.toMap(key -> key, this::getValue));
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        String alias = ALIASES.get(propertyName);
        return alias == null ? null : environment.apply(alias);
    }

    @Override
    public int getOrdinal() {
        return 250;
    }

    @Override
    public String getName() {
        return "InvenTree environment aliases";
    }
}
