package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Calls with an API token are stateless, and revoking a token takes effect at once. */
class TokenCallsTest extends ServerTestBase {

    @Test
    void tokenCallsGetNoSessionAndNoCsrfCookie() {
        Http alice = newUser("alice");
        for (String path : new String[] {"/api/presets?limit=1", "/api/presets/1", "/actuator/health/liveness"}) {
            Http.Response response = alice.get(path);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.raw().headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
        assertThat(alice.post("/api/presets/", "{\"name\": \"No csrf " + unique() + "\", \"parameters\": {}}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void revokingOneTokenRefusesItAtOnceAndKeepsTheUsersOtherTokens() {
        Http bob = newUser("bob");
        Http.Response second = bob.post("/api/me/tokens", "{\"name\": \"second\"}");
        Http other = bob.as(second.text("token"));
        assertThat(other.get("/api/me").status()).isEqualTo(200);
        assertThat(bob.get("/api/me").status()).isEqualTo(200);

        assertThat(bob.delete("/api/me/tokens/" + second.text("id")).status()).isEqualTo(204);

        assertThat(other.get("/api/me").status()).isEqualTo(401);
        assertThat(bob.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void anInvalidTokenIsRefusedEvenOnPublicPaths() {
        Http.Response response =
                anonymous().as("sp_notAValidToken0123456789abcdefghijklmnop").get("/actuator/health/liveness");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }
}
