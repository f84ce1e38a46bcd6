package dev.setpoint.bench.fuzz;

/**
 * How the harness signs in: the admin's token (for creating users), the fuzzing user's token, and
 * that user's browser session (cookie and the CSRF token that goes with it).
 */
record Credentials(String adminToken, String userToken, String username, String sessionCookie, String xsrfToken) {

    String bearer() {
        return "Bearer " + userToken;
    }

    String adminBearer() {
        return "Bearer " + adminToken;
    }

    String cookies() {
        return sessionCookie + "; XSRF-TOKEN=" + xsrfToken;
    }
}
