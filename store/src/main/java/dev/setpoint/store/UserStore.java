package dev.setpoint.store;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Users and their personal API tokens. Tokens are {@code sp_} plus 40 random base62 characters;
 * only their SHA-256 is stored.
 */
public interface UserStore {

    /**
     * @param passwordHash already hashed by the caller, or null
     * @throws dev.setpoint.core.SetpointException INVALID for a control, invisible or non-ASCII
     *     character (the problem names the first); CONFLICT when the username is taken (case
     *     ignored) or reserved ({@code system}, the owner shown for the presets Setpoint ships)
     */
    User createUser(@Nullable String username, @Nullable String passwordHash, Role role);

    /** Case-insensitive. */
    Optional<User> findByUsername(String username);

    Optional<User> findById(long id);

    /** The token's user, if the token is known; records when it was last used. */
    Optional<User> authenticateToken(@Nullable String plaintext);

    /** Makes a new random token for the user. */
    IssuedToken issueToken(long userId, String name);

    /**
     * Stores a token chosen outside, such as {@code SETPOINT_ADMIN_TOKEN} on first start.
     *
     * @throws dev.setpoint.core.SetpointException INVALID when it is shorter than 20 characters
     */
    IssuedToken registerToken(long userId, String name, @Nullable String plaintext);

    List<ApiToken> tokens(long userId);

    /** @return false when the user has no such token */
    boolean revokeToken(long userId, long tokenId);

    long count();
}
