package org.stocktree.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private final Group group = new Group("Engineers");

    @Test
    void aNewGroupHasADenyingRuleSetForEveryRole() {
        assertThat(group.getRuleSets()).hasSize(Role.values().length);
        assertThat(group.getRuleSets()).allSatisfy(set -> assertThat(set.permissions()).isEmpty());
        assertThat(group.ruleSet(Role.STOCK).getName()).isEqualTo("stock");
    }

    @Test
    void addingOrDeletingImpliesChangingAndChangingImpliesViewing() {
        RuleSet parts = group.ruleSet(Role.PART);
        parts.allow(false, true, false, false);
        assertThat(parts.permissions()).containsExactlyInAnyOrder(Permission.VIEW, Permission.ADD, Permission.CHANGE);
        parts.allow(false, false, false, true);
        assertThat(parts.permissions()).containsExactlyInAnyOrder(Permission.VIEW, Permission.CHANGE, Permission.DELETE);
        parts.allow(EnumSet.of(Permission.CHANGE));
        assertThat(parts.permissions()).containsExactlyInAnyOrder(Permission.VIEW, Permission.CHANGE);
        parts.allow(EnumSet.of(Permission.VIEW));
        assertThat(parts.permissions()).containsExactly(Permission.VIEW);
    }

    @Test
    void rolesNameTheirGrantsAsRoleDotPermission() {
        assertThat(Role.STOCK_LOCATION.grant(Permission.CHANGE)).isEqualTo("stock_location.change");
        assertThat(Role.byKey("bom")).contains(Role.BOM);
        assertThat(Role.byKey("stocktake")).isEmpty();
    }
}
