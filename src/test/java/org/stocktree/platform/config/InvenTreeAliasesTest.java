package org.stocktree.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InvenTreeAliasesTest {

    @Test
    void readsInvenTreesVariableNamesForTheSharedSettings() {
        Map<String, String> env = Map.of("INVENTREE_ADMIN_USER", "sue", "INVENTREE_ADMIN_PASSWORD", "pw",
                "INVENTREE_ADMIN_EMAIL", "sue@example.com", "INVENTREE_SITE_URL", "https://inv.example.com",
                "INVENTREE_GLOBAL_SETTINGS", "{\"INVENTREE_INSTANCE\": \"Stores\"}");
        InvenTreeAliases aliases = new InvenTreeAliases(env::get);
        assertThat(aliases.getValue("stocktree.admin.user")).isEqualTo("sue");
        assertThat(aliases.getValue("stocktree.admin.password")).isEqualTo("pw");
        assertThat(aliases.getValue("stocktree.admin.email")).isEqualTo("sue@example.com");
        assertThat(aliases.getValue("stocktree.site-url")).isEqualTo("https://inv.example.com");
        assertThat(aliases.getValue("stocktree.global-settings")).isEqualTo("{\"INVENTREE_INSTANCE\": \"Stores\"}");
        assertThat(aliases.getPropertyNames()).hasSize(5);
    }

    @Test
    void ranksBelowStocktreesOwnEnvironmentVariablesAndAboveTheDefaults() {
        InvenTreeAliases aliases = new InvenTreeAliases(Map.<String, String>of()::get);
        assertThat(aliases.getOrdinal()).isLessThan(300).isGreaterThan(100);
        assertThat(aliases.getValue("stocktree.admin.user")).isNull();
        assertThat(aliases.getValue("stocktree.redis.url")).isNull();
        assertThat(aliases.getProperties()).isEmpty();
    }
}
