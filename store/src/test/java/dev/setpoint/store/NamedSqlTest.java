package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void everyNamedParameterBecomesAQuestionMarkAndANameUsedTwiceBindsBothPlaces() {
        NamedSql sql = NamedSql.parse("UPDATE t SET a = :a, b = :b_2, c = :a WHERE id = :id");

        assertThat(sql.jdbc()).isEqualTo("UPDATE t SET a = ?, b = ?, c = ? WHERE id = ?");
        assertThat(sql.positions("a")).containsExactly(1, 3);
        assertThat(sql.positions("b_2")).containsExactly(2);
        assertThat(sql.positions("id")).containsExactly(4);
        assertThat(sql.names()).containsExactly("a", "b_2", "id");
    }

    @Test
    void quotedTextAndCastsAreNotParameters() {
        NamedSql sql = NamedSql.parse("SELECT ':no', 'it''s :no', \":no\", :yes::jsonb, json_extract(b, '$.x')");

        assertThat(sql.jdbc()).isEqualTo("SELECT ':no', 'it''s :no', \":no\", ?::jsonb, json_extract(b, '$.x')");
        assertThat(sql.names()).containsExactly("yes");
    }

    @Test
    void anUnknownNameFailsNamingTheStatement() {
        NamedSql sql = NamedSql.parse("SELECT :a");

        assertThatThrownBy(() -> sql.positions("b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no parameter :b in SELECT :a");
    }

    @Test
    void aPositionalQuestionMarkIsRefusedSoThatAStatementNeverMixesTheTwo() {
        assertThatThrownBy(() -> NamedSql.parse("SELECT :a, ?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a positional ?");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> NamedSql.parse("SELECT ':a"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("an unclosed '");
    }
}
