package org.stocktree.users;

import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stocktree.testing.Api;

/** Password guessing against one username is cut off after ten failures, without affecting others. */
@Tag("h2")
class SignInThrottlingIT {

    @Test
    void aUsernameIsLockedOutAfterTenWrongPasswords() {
        String target = "target-" + UUID.randomUUID();
        for (int attempt = 0; attempt < 10; attempt++) {
            Api.as(target, "guess-" + attempt).get("/api/").then().statusCode(401);
        }
        Api.as(target, "guess-10").get("/api/").then()
                .statusCode(429)
                .body("detail", equalTo("Too many failed sign-in attempts. Try again later."));

        String bystander = "bystander-" + UUID.randomUUID();
        Api.as(bystander, "wrong").get("/api/").then().statusCode(401);
    }
}
