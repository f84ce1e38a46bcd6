/**
 * Users and authentication with Spring Security. Calls with {@code Authorization: Bearer} go through
 * their own stateless chain (no session, no CSRF cookie, no saved request); the browser chain serves
 * the rest, with the form login ({@code SignInResponses}: 204 or a 401 problem when the pages ask for
 * JSON), a session and CSRF. The CSRF token lives in the session ({@code SessionCsrfTokens}; the
 * {@code XSRF-TOKEN} cookie only carries it to the pages' script); sessions end after 30 minutes idle.
 *
 * <p>API tokens ({@code TokenAuthenticator}) are remembered for 10 s after the store accepted them.
 * Revoking a token through an instance takes effect there at once; another instance on the same
 * database refuses it at the latest 10 s later. The store records a token's {@code last_used_at} at
 * most once a minute. Failed sign-ins ({@code SignInThrottle}) are counted per user name and per
 * address in two Caffeine caches of at most 10,000 keys, forgotten 15 minutes after the last failure
 * on the injected {@code Clock}. They are per instance: behind a balancer over N instances a guesser
 * gets up to N times the limit. {@code AdminBootstrap} creates {@code admin} on first start.
 */
@NullMarked
package dev.setpoint.server.users;

import org.jspecify.annotations.NullMarked;
