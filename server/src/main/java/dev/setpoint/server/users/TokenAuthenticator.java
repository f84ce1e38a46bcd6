package dev.setpoint.server.users;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.setpoint.store.User;
import dev.setpoint.store.UserStore;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * API tokens checked against the store, remembered for {@link #TTL} so that a request does not
 * pay a query (and the store's last-used bookkeeping) each time. Unknown tokens are never
 * remembered, so a new token works at once.
 *
 * <p>A revocation through this instance takes effect at once: {@link #revoked} forgets the user's
 * tokens, and a check that read the store before the revocation cannot put its stale answer back.
 * Another instance on the same database notices a revocation when its entry expires, at most
 * {@link #TTL} later.
 */
@Component
class TokenAuthenticator {

    static final Duration TTL = Duration.ofSeconds(10);

    private final UserStore users;
    private final Cache<String, User> known =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TTL).build();
    private long revocations; // guarded by this

    TokenAuthenticator(UserStore users) {
        this.users = users;
    }

    /** The token's user, if the token is valid. */
    Optional<User> authenticate(String token) {
        User cached = known.getIfPresent(token);
        if (cached != null) {
            return Optional.of(cached);
        }
        long before;
        synchronized (this) {
            before = revocations;
        }
        Optional<User> user = users.authenticateToken(token);
        synchronized (this) {
            if (user.isPresent() && revocations == before) {
                known.put(token, user.get());
            }
        }
        return user;
    }

    /** Call after a token of the user was revoked in the store. */
    synchronized void revoked(long userId) {
        revocations++;
        known.asMap().values().removeIf(user -> user.id() == userId);
    }
}
