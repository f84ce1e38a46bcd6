package dev.setpoint.store.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void aDatabaseUrlKeepsHostAndParametersAndNamesTheNewDatabase() {
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=u&password=p", "t_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/t_1?user=u&password=p");
        assertThat(TestPostgres.withDatabase("jdbc:postgresql://db.example/main", "t_2"))
                .isEqualTo("jdbc:postgresql://db.example/t_2");
        assertThatThrownBy(() -> TestPostgres.withDatabase("jdbc:sqlite:/tmp/x.db", "t_3"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachCallerGetsItsOwnEmptyDatabaseOnOneServer() throws Exception {
        String first = TestPostgres.newDatabase();
        String second = TestPostgres.newDatabase();

        assertThat(first).isNotEqualTo(second);
        assertThat(first.replaceAll("/t_[^?]+", "")).isEqualTo(second.replaceAll("/t_[^?]+", ""));
        try (Connection connection = DriverManager.getConnection(first);
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            tables.next();
            assertThat(tables.getLong(1)).isZero();
        }
    }
}
