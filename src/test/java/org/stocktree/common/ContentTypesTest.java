package org.stocktree.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stocktree.users.Group;
import org.stocktree.users.User;

/** Binding entities to the content type catalogue, and who may use a model type. */
class ContentTypesTest {

    private static final List<ContentTypes.Row> CATALOGUE = List.of(
            new ContentTypes.Row(3, "auth", "user", "user"),
            new ContentTypes.Row(35, "common", "projectcode", "Project Code"),
            new ContentTypes.Row(130, "stock", "stockitem", "Stock Item"));

    @Test
    void annotatedEntitiesAreBoundToTheirCatalogueRowsAndTheRestStayListed() {
        List<ContentTypes.Entry> entries = ContentTypes.bind(CATALOGUE, List.of(User.class, ProjectCode.class, String.class));
        assertThat(entries).extracting(ContentTypes.Entry::id).containsExactly(3L, 35L, 130L);
        ContentTypes.Entry user = entries.get(0);
        assertThat(user.entity()).isEqualTo(User.class);
        assertThat(user.roles()).containsExactly("admin");
        assertThat(user.hasMetadata()).isFalse();
        ContentTypes.Entry project = entries.get(1);
        assertThat(project.hasMetadata()).isTrue();
        assertThat(project.lookupFields()).containsExactly("code");
        assertThat(entries.get(2).hasEntity()).isFalse();
        assertThat(entries.get(2).appLabeledName()).isEqualTo("Stock | Stock Item");
    }

    @Test
    void anEntityMissingFromTheCatalogueStopsTheStart() {
        assertThatThrownBy(() -> ContentTypes.bind(CATALOGUE, List.of(Group.class)))
                .hasMessageContaining("auth.group");
    }

    @Test
    void modelNamesMustBeUnique() {
        assertThatThrownBy(() -> ContentTypes.bind(List.of(CATALOGUE.get(0), new ContentTypes.Row(9, "other", "user", "user")),
                List.of())).hasMessageContaining("share the model name user");
    }

    @Test
    void appNamesFollowDjango() {
        assertThat(ContentTypes.appName("auth")).isEqualTo("Authentication and Authorization");
        assertThat(ContentTypes.appName("contenttypes")).isEqualTo("Content Types");
        assertThat(ContentTypes.appName("part")).isEqualTo("Part");
        assertThat(ContentTypes.appName("error_report")).isEqualTo("Error_Report");
    }

    @Test
    void aGuardedTypeNeedsThePermissionInOneOfItsRoles() {
        ContentTypes.Entry part = new ContentTypes.Entry(92, "part", "part", "Part", null, List.of("part", "build"), List.of(), "");
        assertThat(part.permits(Set.of("build.view")::contains, "view")).isTrue();
        assertThat(part.permits(Set.of("part.change")::contains, "change")).isTrue();
        assertThat(part.permits(Set.of("part.view")::contains, "change")).isFalse();
        assertThat(part.permits(Set.of("stock.change")::contains, "change")).isFalse();
        assertThat(part.permits(Set.of("superuser")::contains, "change")).isTrue();
        ContentTypes.Entry open = new ContentTypes.Entry(35, "common", "projectcode", "Project Code", null, List.of(), List.of(), "");
        assertThat(open.permits(Set.<String>of()::contains, "change")).isTrue();
    }
}
