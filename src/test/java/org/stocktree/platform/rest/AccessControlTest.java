package org.stocktree.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccessControlTest {

    @RequiresRole("part")
    static class Parts {
    }

    @RequiresRole(value = "stock", permission = "change")
    static class StockAdjustment {
    }

    @Test
    void theHttpMethodDecidesThePermissionAsInInvenTree() {
        RequiresRole parts = Parts.class.getAnnotation(RequiresRole.class);
        assertThat(AccessControl.requiredGrant(parts, "GET")).isEqualTo("part.view");
        assertThat(AccessControl.requiredGrant(parts, "OPTIONS")).isEqualTo("part.view");
        assertThat(AccessControl.requiredGrant(parts, "HEAD")).isEqualTo("part.view");
        assertThat(AccessControl.requiredGrant(parts, "POST")).isEqualTo("part.add");
        assertThat(AccessControl.requiredGrant(parts, "PUT")).isEqualTo("part.change");
        assertThat(AccessControl.requiredGrant(parts, "PATCH")).isEqualTo("part.change");
        assertThat(AccessControl.requiredGrant(parts, "DELETE")).isEqualTo("part.delete");
    }

    @Test
    void anExplicitPermissionOverridesTheMethod() {
        RequiresRole adjust = StockAdjustment.class.getAnnotation(RequiresRole.class);
        assertThat(AccessControl.requiredGrant(adjust, "POST")).isEqualTo("stock.change");
    }
}
