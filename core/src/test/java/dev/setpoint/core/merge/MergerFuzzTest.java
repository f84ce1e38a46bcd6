package dev.setpoint.core.merge;

import static dev.setpoint.core.fuzz.Contract.resultOrProblems;
import static dev.setpoint.core.fuzz.Contract.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.value.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Timeout;

/**
 * Merges the parameter presets of an export file with every strategy, as the merge endpoint does
 * with stored presets. Seeds are in {@code MergerFuzzTestInputs/}.
 */
class MergerFuzzTest {

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    @DictionaryFile(resourcePath = "/dev/setpoint/core/fuzz/preset.dict")
    void anyPresetsMergeOrExplainWithEveryStrategy(byte[] data) {
        Optional<List<ParameterPreset>> read = resultOrProblems(() -> ExportFormat.importText(text(data)).stream()
                .filter(ParameterPreset.class::isInstance)
                .map(ParameterPreset.class::cast)
                .toList());
        read.ifPresent(presets -> {
            for (MergeStrategy strategy : MergeStrategy.values()) {
                resultOrProblems(() -> Merger.merge(presets, strategy)).ifPresent(result -> {
                    assertThat(Merger.merge(presets, strategy)).isEqualTo(result);
                    checkStrategy(presets, strategy, result);
                });
            }
        });
    }

    private static void checkStrategy(List<ParameterPreset> presets, MergeStrategy strategy, MergeResult result) {
        for (ParameterPreset preset : presets) {
            preset.parameters().forEach((name, values) -> {
                switch (strategy) {
                    case UNION -> assertThat(result.parameters().get(name)).containsAll(values);
                    case LAST_WINS -> assertThat(result.parameters()).containsKey(name);
                    case INTERSECTION -> {
                        List<Value> kept = result.parameters().get(name);
                        if (kept != null) {
                            assertThat(new HashSet<>(values)).containsAll(kept);
                        }
                    }
                }
            });
        }
    }
}
