package dev.setpoint.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MergeStrategyTest {

    @Test
    void wireIdsAreTheSeedsMergeStrategyValues() {
        assertThat(MergeStrategy.of("union")).isEqualTo(MergeStrategy.UNION);
        assertThat(MergeStrategy.of("intersection")).isEqualTo(MergeStrategy.INTERSECTION);
        assertThat(MergeStrategy.of("last_wins")).isEqualTo(MergeStrategy.LAST_WINS);
        assertThat(MergeStrategy.LAST_WINS.id()).isEqualTo("last_wins");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "UNION", "last-wins", " union", "lastwins"})
    void unknownIdIsInvalidAndNamesTheAllowedIds(String id) {
        SetpointException e = catchThrowableOfType(SetpointException.class, () -> MergeStrategy.of(id));

        assertThat(e.kind()).isEqualTo(SetpointException.Kind.INVALID);
        assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("/merge_strategy");
        assertThat(e.problems().get(0).message()).contains("union, intersection, last_wins");
    }
}
