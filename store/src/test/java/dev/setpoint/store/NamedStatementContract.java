package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values bound by name reach the database at every place their name appears, or the statement fails. */
abstract class NamedStatementContract extends StoreContract {

    private Jdbc jdbc() {
        return new Jdbc(db.dataSource(), db.dialect());
    }

    @Test
    void aNameUsedTwiceCarriesItsValueToBothPlaces() {
        NamedSql sql = NamedSql.parse("SELECT :word || '-' || :word || '-' || :other");

        String joined = jdbc().read(c -> {
            try (NamedStatement statement =
                            sql.prepare(c, db.dialect()).set("word", "ab").set("other", "c");
                    ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        });

        assertThat(joined).isEqualTo("ab-ab-c");
    }

    @Test
    void valuesOfEveryKindRoundTrip() {
        Viewer owner = newUser();
        NamedSql sql = NamedSql.parse("""
                SELECT u.id, u.created_at FROM users u
                WHERE u.id = :id AND u.created_at <= :before AND u.username = :username AND :nothing IS NULL
                """);

        long found = jdbc().read(c -> {
            try (NamedStatement statement = sql.prepare(c, db.dialect())
                            .set("id", owner.userId())
                            .set("before", clock.instant().plusSeconds(60))
                            .setAll(Map.of(
                                    "username",
                                    db.users()
                                            .findById(owner.userId())
                                            .orElseThrow()
                                            .username()))
                            .set("nothing", (Long) null);
                    ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong("id") : -1L;
            }
        });

        assertThat(found).isEqualTo(owner.userId());
    }

    @Test
    void anUnknownNameFailsAtOnce() {
        NamedSql sql = NamedSql.parse("SELECT count(*) FROM users WHERE id = :id");

        assertThatThrownBy(() -> jdbc().read(c -> {
                    try (NamedStatement statement = sql.prepare(c, db.dialect())) {
                        return statement.set("user_id", 1L);
                    }
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no parameter :user_id in SELECT count(*) FROM users WHERE id = :id");
    }

    @Test
    void aNameLeftUnboundFailsBeforeTheStatementRuns() {
        NamedSql sql = NamedSql.parse("UPDATE users SET username = :username WHERE id = :id AND role = :role");

        assertThatThrownBy(() -> jdbc().transaction(c -> {
                    try (NamedStatement statement = sql.prepare(c, db.dialect())) {
                        return statement.set("username", "nobody").executeUpdate();
                    }
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no value bound to :id, :role in "
                        + "UPDATE users SET username = :username WHERE id = :id AND role = :role");
    }
}
