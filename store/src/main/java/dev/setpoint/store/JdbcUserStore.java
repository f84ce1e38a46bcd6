package dev.setpoint.store;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.preset.Names;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** {@link UserStore} on JDBC. */
final class JdbcUserStore implements UserStore {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");
    // "system" is the owner shown for the presets Setpoint ships; no user may look like it.
    private static final Set<String> RESERVED = Set.of("system");
    private static final int MIN_REGISTERED_TOKEN_LENGTH = 20;
    private static final int MAX_TOKEN_NAME_LENGTH = 100;
    // Recording every use would make each authenticated read a synced write.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final String USER = "SELECT u.id, u.username, u.password_hash, u.role, u.created_at FROM users u ";
    private static final NamedSql BY_USERNAME = NamedSql.parse(USER + "WHERE lower(u.username) = lower(:username)");
    private static final NamedSql BY_ID = NamedSql.parse(USER + "WHERE u.id = :id");
    private static final NamedSql INSERT_USER = NamedSql.parse("""
            INSERT INTO users (username, password_hash, role, created_at)
            VALUES (:username, :password_hash, :role, :created_at)
            RETURNING id
            """);
    private static final NamedSql BY_TOKEN = NamedSql.parse("""
            SELECT u.id, u.username, u.password_hash, u.role, u.created_at, t.id AS token_id, t.last_used_at
            FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = :token_hash
            """);
    private static final NamedSql TOUCH_TOKEN =
            NamedSql.parse("UPDATE api_tokens SET last_used_at = :now WHERE id = :id");
    private static final NamedSql INSERT_TOKEN = NamedSql.parse("""
            INSERT INTO api_tokens (user_id, name, token_hash, created_at)
            VALUES (:user_id, :name, :token_hash, :created_at)
            RETURNING id
            """);
    private static final NamedSql TOKENS = NamedSql.parse("""
            SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = :user_id ORDER BY id
            """);
    private static final NamedSql REVOKE =
            NamedSql.parse("DELETE FROM api_tokens WHERE id = :id AND user_id = :user_id");
    private static final NamedSql COUNT = NamedSql.parse("SELECT count(*) FROM users");

    private final Jdbc jdbc;
    private final Clock clock;
    private final Tokens tokens;

    JdbcUserStore(Jdbc jdbc, Clock clock, Tokens tokens) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tokens = tokens;
    }

    @Override
    public User createUser(@Nullable String username, @Nullable String passwordHash, Role role) {
        if (username != null) {
            Names.hiddenCharacter(username).ifPresent(why -> {
                throw SetpointException.invalid(Pointer.of("username"), why);
            });
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw SetpointException.invalid(
                    Pointer.of("username"),
                    "a username is 1 to 64 letters, digits, "
                            + "'_', '.', '@' or '-', starting with a letter or digit");
        }
        if (RESERVED.contains(Names.normalized(username))) {
            throw new SetpointException(
                    Kind.CONFLICT,
                    Pointer.of("username"),
                    "'" + username + "' is reserved: it is the owner shown for the presets Setpoint ships");
        }
        Instant now = now();
        return jdbc.transaction(c -> {
            try (NamedStatement statement = INSERT_USER
                    .prepare(c, jdbc.dialect())
                    .set("username", username)
                    .set("password_hash", passwordHash)
                    .set("role", role.id())
                    .set("created_at", now)) {
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return new User(result.getLong(1), username, passwordHash, role, now);
                }
            } catch (SQLException e) {
                if (jdbc.dialect().isUniqueViolation(e)) {
                    throw new SetpointException(
                            Kind.CONFLICT, Pointer.of("username"), "a user named '" + username + "' already exists");
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return jdbc.read(c -> {
            try (NamedStatement statement =
                    BY_USERNAME.prepare(c, jdbc.dialect()).set("username", username)) {
                return user(statement);
            }
        });
    }

    @Override
    public Optional<User> findById(long id) {
        return jdbc.read(c -> byId(c, id));
    }

    @Override
    public Optional<User> authenticateToken(@Nullable String plaintext) {
        if (plaintext == null || plaintext.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.read(c -> {
            User user;
            long tokenId;
            Instant lastUsed;
            try (NamedStatement statement =
                    BY_TOKEN.prepare(c, jdbc.dialect()).set("token_hash", Tokens.hash(plaintext))) {
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    user = user(result);
                    tokenId = result.getLong("token_id");
                    lastUsed = jdbc.dialect().instant(result, "last_used_at");
                }
            }
            // After the read is closed: SQLite cannot turn an open read into a write once others wrote.
            touch(c, tokenId, lastUsed);
            return Optional.of(user);
        });
    }

    @Override
    public IssuedToken issueToken(long userId, String name) {
        return store(userId, name, tokens.generate());
    }

    @Override
    public IssuedToken registerToken(long userId, String name, @Nullable String plaintext) {
        if (plaintext == null || plaintext.strip().length() < MIN_REGISTERED_TOKEN_LENGTH) {
            throw SetpointException.invalid(
                    Pointer.of("token"), "a token must have at least " + MIN_REGISTERED_TOKEN_LENGTH + " characters");
        }
        return store(userId, name, plaintext);
    }

    @Override
    public List<ApiToken> tokens(long userId) {
        return jdbc.read(c -> {
            List<ApiToken> list = new ArrayList<>();
            try (NamedStatement statement = TOKENS.prepare(c, jdbc.dialect()).set("user_id", userId)) {
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        list.add(new ApiToken(
                                result.getLong("id"),
                                result.getString("name"),
                                jdbc.dialect().instant(result, "created_at"),
                                jdbc.dialect().instant(result, "last_used_at")));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public boolean revokeToken(long userId, long tokenId) {
        return jdbc.transaction(c -> {
            try (NamedStatement statement = REVOKE.prepare(c, jdbc.dialect())) {
                return statement.set("id", tokenId).set("user_id", userId).executeUpdate() > 0;
            }
        });
    }

    @Override
    public long count() {
        return jdbc.read(c -> {
            try (NamedStatement statement = COUNT.prepare(c, jdbc.dialect());
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private IssuedToken store(long userId, @Nullable String name, String plaintext) {
        if (name == null || name.isBlank() || name.length() > MAX_TOKEN_NAME_LENGTH) {
            throw SetpointException.invalid(
                    Pointer.of("name"), "a token name is 1 to " + MAX_TOKEN_NAME_LENGTH + " characters");
        }
        Names.hiddenCharacter(name).ifPresent(why -> {
            throw SetpointException.invalid(Pointer.of("name"), why);
        });
        return jdbc.transaction(c -> {
            if (byId(c, userId).isEmpty()) {
                throw SetpointException.notFound("", "no user with id " + userId);
            }
            try (NamedStatement statement = INSERT_TOKEN
                    .prepare(c, jdbc.dialect())
                    .set("user_id", userId)
                    .set("name", name)
                    .set("token_hash", Tokens.hash(plaintext))
                    .set("created_at", now())) {
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return new IssuedToken(result.getLong(1), name, plaintext);
                }
            } catch (SQLException e) {
                if (jdbc.dialect().isUniqueViolation(e)) {
                    throw new SetpointException(Kind.CONFLICT, Pointer.of("token"), "this token is already in use");
                }
                throw e;
            }
        });
    }

    private void touch(Connection c, long tokenId, @Nullable Instant lastUsed) throws SQLException {
        Instant now = now();
        if (lastUsed != null && lastUsed.plus(LAST_USED_PRECISION).isAfter(now)) {
            return;
        }
        try (NamedStatement statement = TOUCH_TOKEN.prepare(c, jdbc.dialect())) {
            statement.set("now", now).set("id", tokenId).executeUpdate();
        }
    }

    private Optional<User> byId(Connection c, long id) throws SQLException {
        try (NamedStatement statement = BY_ID.prepare(c, jdbc.dialect()).set("id", id)) {
            return user(statement);
        }
    }

    private Optional<User> user(NamedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            return result.next() ? Optional.of(user(result)) : Optional.empty();
        }
    }

    private User user(ResultSet row) throws SQLException {
        return new User(
                row.getLong("id"),
                row.getString("username"),
                row.getString("password_hash"),
                Role.of(row.getString("role")),
                jdbc.dialect().instant(row, "created_at"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
