package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.SetpointException.Kind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Users, and API tokens that are stored hashed. */
abstract class UserStoreContract extends StoreContract {

    @Test
    void usernamesAreUniqueIgnoringCaseAndFoundIgnoringCase() {
        String name = unique("Carol");
        User carol = db.users().createUser(name, "$2a$10$hash", Role.ADMIN);

        assertFails(Kind.CONFLICT, "already exists", () -> db.users().createUser(name.toLowerCase(), null, Role.USER));
        assertThat(db.users().findByUsername(name.toUpperCase())).contains(carol);
        assertThat(db.users().findById(carol.id())).contains(carol);
        assertThat(carol.passwordHash()).isEqualTo("$2a$10$hash");
        assertThat(carol.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void usernamesMustBeShortAndPlain() {
        assertFails(Kind.INVALID, () -> db.users().createUser(" spaced name", null, Role.USER));
        assertFails(Kind.INVALID, () -> db.users().createUser("x".repeat(65), null, Role.USER));
        assertFails(Kind.INVALID, () -> db.users().createUser("", null, Role.USER));
    }

    @Test
    void theSystemNameIsReservedInAnySpelling() {
        for (String name : new String[] {"system", "System", "SYSTEM"}) {
            assertFails(
                    Kind.CONFLICT,
                    "'" + name + "' is reserved: it is the owner shown for the presets Setpoint ships",
                    () -> db.users().createUser(name, null, Role.ADMIN));
        }
        assertThat(db.users().findByUsername("system")).isEmpty();
    }

    @Test
    void userAndTokenNamesWithControlOrInvisibleCharactersAreRefusedNamingThem() {
        assertFails(
                Kind.INVALID,
                "contains U+000A LINE FEED (LF) at position 4",
                () -> db.users().createUser("bob\n", null, Role.USER));
        assertFails(
                Kind.INVALID,
                "contains U+200B ZERO WIDTH SPACE at position 4",
                () -> db.users().createUser("bob\u200B", null, Role.USER));
        User user = db.users().createUser(unique("dora"), null, Role.USER);
        assertFails(
                Kind.INVALID,
                "contains U+202E RIGHT-TO-LEFT OVERRIDE at position 3",
                () -> db.users().issueToken(user.id(), "ci\u202Ebuild"));
        assertFails(
                Kind.INVALID,
                "contains U+000D CARRIAGE RETURN (CR) at position 3",
                () -> db.users().issueToken(user.id(), "ci\r\nX-Injected: 1"));
        assertThat(db.users().issueToken(user.id(), "CI: Läufer ❤️").name()).isEqualTo("CI: Läufer ❤️");
        assertThat(db.users().tokens(user.id())).extracting(ApiToken::name).containsExactly("CI: Läufer ❤️");
    }

    @Test
    void countGrowsWithEachUser() {
        long before = db.users().count();
        newUser();
        assertThat(db.users().count()).isEqualTo(before + 1);
    }

    @Test
    void issuedTokensAuthenticateTheirUserAndOnlyTheirHashIsStored() throws Exception {
        Viewer user = newUser();
        IssuedToken token = db.users().issueToken(user.userId(), "laptop");

        assertThat(token.plaintext()).matches("sp_[0-9A-Za-z]{40}");
        assertThat(token.toString()).doesNotContain(token.plaintext());
        assertThat(db.users().authenticateToken(token.plaintext()).map(User::id))
                .contains(user.userId());
        assertThat(db.users().authenticateToken(token.plaintext() + "x")).isEmpty();
        assertThat(db.users().authenticateToken("")).isEmpty();
        assertThat(everyStoredText("api_tokens"))
                .doesNotContain(token.plaintext())
                .contains(sha256(token.plaintext()));
    }

    @Test
    void authenticationRecordsWhenATokenWasLastUsed() {
        Viewer user = newUser();
        IssuedToken token = db.users().issueToken(user.userId(), "ci");
        assertThat(db.users().tokens(user.userId())).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("ci");
            assertThat(t.lastUsedAt()).isNull();
        });

        db.users().authenticateToken(token.plaintext());
        clock.advance(Duration.ofHours(1));
        db.users().authenticateToken(token.plaintext());

        assertThat(db.users().tokens(user.userId()))
                .singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void aRevokedTokenNoLongerAuthenticatesAndOnlyItsOwnerCanRevokeIt() {
        Viewer user = newUser();
        Viewer other = newUser();
        IssuedToken token = db.users().issueToken(user.userId(), "old");

        assertThat(db.users().revokeToken(other.userId(), token.id())).isFalse();
        assertThat(db.users().authenticateToken(token.plaintext())).isPresent();
        assertThat(db.users().revokeToken(user.userId(), token.id())).isTrue();
        assertThat(db.users().authenticateToken(token.plaintext())).isEmpty();
        assertThat(db.users().tokens(user.userId())).isEmpty();
    }

    @Test
    void aTokenChosenOutsideCanBeRegisteredOnce() {
        Viewer admin = newUser();
        String chosen = unique("automation-token-");

        IssuedToken registered = db.users().registerToken(admin.userId(), "SETPOINT_ADMIN_TOKEN", chosen);

        assertThat(registered.plaintext()).isEqualTo(chosen);
        assertThat(db.users().authenticateToken(chosen).map(User::id)).contains(admin.userId());
        assertFails(Kind.CONFLICT, () -> db.users().registerToken(newUser().userId(), "again", chosen));
        assertFails(Kind.INVALID, () -> db.users().registerToken(admin.userId(), "short", "too-short"));
        assertFails(Kind.NOT_FOUND, () -> db.users().issueToken(-5, "nobody"));
    }

    private List<String> everyStoredText(String table) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    texts.add(rows.getString(i));
                }
            }
        }
        return texts;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
