package dev.setpoint.core.merge;

import static dev.setpoint.core.merge.TestPresets.preset;
import static dev.setpoint.core.merge.TestPresets.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.merge.Conflict.Reason;
import dev.setpoint.core.preset.ParameterPreset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** last_wins's conflicts are noted as indexes and made into records when read. */
class OverridesTest {

    private final ParameterPreset first = preset("First", "tp-size", values(1, 2), "mem", values(0.8));
    private final ParameterPreset second = preset("Second", "mem", values(0.9), "tp-size", values(4));

    @Test
    void readingAConflictTwiceGivesEqualRecordsOfThePresetsMerged() {
        List<ParameterPreset> presets = new ArrayList<>(List.of(first, second));
        MergeResult result = Merger.merge(presets, MergeStrategy.LAST_WINS);
        presets.set(0, second);

        List<Conflict> expected = List.of(
                new Conflict("mem", Reason.OVERRIDDEN, "Second", values(0.8), values(0.9)),
                new Conflict("tp-size", Reason.OVERRIDDEN, "Second", values(1, 2), values(4)));
        assertThat(result.conflicts()).containsExactlyElementsOf(expected);
        assertThat(result.conflicts()).containsExactlyElementsOf(expected);
        assertThat(result.conflicts().get(1)).isEqualTo(result.conflicts().get(1));
        assertThatThrownBy(() -> result.conflicts().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theConflictsOfAMergeCannotBeChanged() {
        MergeResult result = Merger.merge(List.of(first, second), MergeStrategy.LAST_WINS);
        Conflict any = result.conflicts().get(0);

        assertThatThrownBy(() -> result.conflicts().add(any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.conflicts().set(0, any)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.conflicts().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> result.conflicts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(result.conflicts()).hasSize(2);
    }
}
