package dev.setpoint.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.PresetRevision;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A study's stored spec is all a restarted process has to resume it: it must read back exactly. */
class StoredStudyTest {

    @Test
    void aStoredStudyReadsBackAsItWasWrittenWithItsSpaceInOrder() {
        Map<String, List<Value>> space = new LinkedHashMap<>();
        space.put("tp-size", List.of(Value.of(4), Value.of(2)));
        space.put("crf", List.of(Value.of(28), Value.of(18)));
        space.put("enable-mixed-chunking", List.of(Value.TRUE));
        StudySpec spec = new StudySpec(
                List.of(Objective.parse("max ssim"), Objective.parse("min run_seconds")),
                List.of(
                        Constraint.parse("run_seconds <= 2.5"),
                        Constraint.parse("p90_ttft_ms <= 500 soft weight=2 steepness=0.2")),
                StrategyKind.BAYES,
                -9_007_199_254_740_993L,
                new Budget(30, Duration.ofMillis(1500), 3));
        StoredStudy study = new StoredStudy(
                "ffmpeg-video@1.1.0",
                Value.of(12),
                List.of(9L, 10L),
                List.of(new PresetRevision(9, "x264-study", 2), new PresetRevision(10, "threads", 1)),
                MergeStrategy.INTERSECTION,
                Map.of("duration_seconds", Value.of(2), "seed", Value.of(42)),
                new SearchSpace(space),
                spec,
                List.of("3 trials run at once: they share the machine, so their timings disturb each other"),
                0.0025);

        Value.Obj written = study.toJson();
        StoredStudy read = StoredStudy.of((Value.Obj) Json.parse(Json.write(written)));

        assertThat(read).isEqualTo(study);
        assertThat(read.space().parameters().keySet()).containsExactly("tp-size", "crf", "enable-mixed-chunking");
        assertThat(read.space().point(1)).isEqualTo(study.space().point(1));
        assertThat(written.members()).containsEntry("grid_size", Value.of(4)).containsKey("cost_per_second");
        assertThat(StoredStudy.of(new StoredStudy(
                                        "noop@1.0.0",
                                        Value.of("standard"),
                                        List.of(),
                                        List.of(),
                                        MergeStrategy.UNION,
                                        Map.of(),
                                        new SearchSpace(space),
                                        new StudySpec(
                                                List.of(Objective.parse("min cost")),
                                                List.of(),
                                                StrategyKind.GRID,
                                                1,
                                                Budget.trials(4)),
                                        List.of(),
                                        0)
                                .toJson())
                        .spec()
                        .budget()
                        .maxTime())
                .isNull();
    }
}
