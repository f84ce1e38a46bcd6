package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.property.Generator;
import dev.setpoint.core.study.Budget;
import dev.setpoint.core.study.Constraint;
import dev.setpoint.core.study.Objective;
import dev.setpoint.core.study.SearchSpace;
import dev.setpoint.core.study.StrategyKind;
import dev.setpoint.core.study.StudyAnalysis;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.study.TrialRecord;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.study.TrialTable;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The study document and trial tables as JSON. */
class StudyJsonTest {

    private static final SearchSpace SPACE = new SearchSpace(ordered(
            "crf", List.of(Value.of(18), Value.of(28)), "x264_preset", List.of(Value.of("fast"), Value.of("slow"))));

    private static <V> Map<String, V> ordered(String a, V av, String b, V bv) {
        Map<String, V> map = new LinkedHashMap<>();
        map.put(a, av);
        map.put(b, bv);
        return map;
    }

    private static List<TrialRecord> trials() {
        return List.of(
                new TrialRecord(
                        0,
                        SPACE.point(0),
                        TrialStatus.SUCCEEDED,
                        null,
                        1.5,
                        0.015,
                        ordered("ssim", 0.98, "psnr", 41.2)),
                new TrialRecord(1, SPACE.point(1), TrialStatus.FAILED, "exit status 1", 0.2, 0.002, Map.of()),
                new TrialRecord(
                        2,
                        SPACE.point(2),
                        TrialStatus.SUCCEEDED,
                        null,
                        0.9,
                        0.009,
                        ordered("ssim", 0.95, "psnr", 38.0)),
                TrialRecord.queued(3, SPACE.point(3)));
    }

    static LongStream seeds() {
        return Generator.seeds(100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aTrialTableReadsBackAsWritten(long seed) {
        Generator gen = new Generator(seed);
        List<TrialRecord> trials = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TrialStatus status = gen.oneOf(TrialStatus.values());
            Map<String, Double> metrics = new LinkedHashMap<>();
            gen.distinctList(0, 3, () -> gen.oneOf("ssim", "psnr", "output_bytes"))
                    .forEach(m -> metrics.put(m, gen.chance(0.2) ? gen.between(-1e15, 1e15) : gen.between(-5.0, 5.0)));
            trials.add(new TrialRecord(
                    gen.between(0, 1000),
                    SPACE.point(i),
                    status,
                    gen.orNull(0.5, () -> gen.string("abc ;:é", 0, 20)),
                    gen.orNull(0.3, () -> gen.between(0.0, 100.0)),
                    gen.orNull(0.3, () -> gen.between(0.0, 100.0)),
                    metrics));
        }
        TrialTable table = new TrialTable("ffmpeg-video@1.1.0", SPACE, trials);

        Value written = Json.parse(Json.write(StudyJson.encode(table)));

        assertThat(StudyJson.trialTable(written)).isEqualTo(table);
    }

    @Test
    void theDocumentHasEveryMemberAndEachTrialItsScoresAndBestSoFar() {
        StudySpec spec = new StudySpec(
                List.of(new Objective("ssim", dev.setpoint.core.study.Direction.MAXIMIZE)),
                List.of(Constraint.parse("run_seconds <= 1 soft")),
                StrategyKind.GRID,
                42,
                new Budget(4, Duration.ofMinutes(10), 1));
        StudyDocument study = new StudyDocument(
                "5f0c",
                null,
                StudyStatus.RUNNING,
                null,
                Instant.parse("2026-12-08T00:00:00Z"),
                null,
                "ffmpeg-video@1.1.0",
                Value.of("standard"),
                List.of(9L),
                MergeStrategy.UNION,
                Map.of("duration_seconds", Value.of(2)),
                SPACE,
                spec,
                List.of(),
                12.5,
                StudyAnalysis.analyse(spec, SPACE, trials()),
                Map.of(0, "job-0", 1, "job-1", 2, "job-2"));

        Value.Obj document = StudyJson.encode(study);

        assertThat(document.members())
                .containsOnlyKeys(
                        "id",
                        "name",
                        "status",
                        "reason",
                        "created_at",
                        "finished_at",
                        "template",
                        "quality",
                        "preset_ids",
                        "merge_strategy",
                        "inputs",
                        "space",
                        "grid_size",
                        "objectives",
                        "constraints",
                        "strategy",
                        "seed",
                        "budget",
                        "warnings",
                        "progress",
                        "best",
                        "pareto_front",
                        "effects",
                        "trials");
        assertThat(Json.write(document.members().get("progress")))
                .isEqualTo("{\"trials\":4,\"queued\":1,\"running\":0,\"succeeded\":2,\"failed\":1,\"cancelled\":0,"
                        + "\"max_trials\":4,\"elapsed_seconds\":12.5}");
        assertThat(Json.write(document.members().get("budget")))
                .isEqualTo("{\"max_trials\":4,\"max_seconds\":600,\"parallelism\":1}");
        assertThat(Json.write(document.members().get("constraints")))
                .isEqualTo("[{\"metric\":\"run_seconds\",\"op\":\"<=\",\"value\":1.0,\"hard\":false,\"weight\":1.0,"
                        + "\"steepness\":0.1}]");
        Value.Obj best = (Value.Obj) document.members().get("best");
        assertThat(Json.write(best.members().get("index"))).isEqualTo("2");
        assertThat(Json.write(best.members().get("job_id"))).isEqualTo("\"job-2\"");
        Value.Obj first = (Value.Obj)
                ((Value.Arr) document.members().get("trials")).items().get(0);
        assertThat(first.members())
                .containsOnlyKeys(
                        "index",
                        "point",
                        "job_id",
                        "status",
                        "reason",
                        "run_seconds",
                        "cost",
                        "metrics",
                        "objectives",
                        "penalty",
                        "scores",
                        "violations",
                        "best_so_far");
        assertThat(Json.write(first.members().get("violations")))
                .startsWith("[{\"constraint\":\"run_seconds <= 1 soft\",\"value\":1.5,\"hard\":false,\"penalty\":");
        Value.Obj failed = (Value.Obj)
                ((Value.Arr) document.members().get("trials")).items().get(1);
        assertThat(failed.members().get("scores")).isEqualTo(Value.NULL);
        assertThat(failed.members().get("reason")).isEqualTo(Value.of("exit status 1"));
        assertThat(failed.members().get("best_so_far"))
                .isEqualTo(first.members().get("best_so_far"));
    }

    @Test
    void aStudyDocumentIsATrialTable() {
        StudySpec spec = new StudySpec(
                List.of(new Objective("ssim", dev.setpoint.core.study.Direction.MAXIMIZE)),
                List.of(),
                StrategyKind.GRID,
                42,
                Budget.trials(4));
        StudyDocument study = new StudyDocument(
                "5f0c",
                "x264",
                StudyStatus.FINISHED,
                null,
                Instant.parse("2026-12-08T00:00:00Z"),
                Instant.parse("2026-12-08T00:01:00Z"),
                "ffmpeg-video@1.1.0",
                Value.of("standard"),
                List.of(),
                MergeStrategy.UNION,
                Map.of(),
                SPACE,
                spec,
                List.of(),
                60,
                StudyAnalysis.analyse(spec, SPACE, trials()),
                Map.of());

        TrialTable table = StudyJson.trialTable(StudyJson.encode(study));

        assertThat(table).isEqualTo(new TrialTable("ffmpeg-video@1.1.0", SPACE, trials()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "[]|\"\"|must be an object, not array",
                "{}|/template|template is missing",
                "{\"template\": 1}|/template|template must be a string",
                "{\"template\": \"t\", \"space\": []}|/space|must be an object, not array",
                "{\"template\": \"t\", \"space\": {\"crf\": 1}}|/space/crf|must be an array, not number",
                "{\"template\": \"t\", \"space\": {\"crf\": []}, \"trials\": []}|/space/crf|crf has no candidate values",
                "{\"template\": \"t\", \"space\": {}}|/trials|trials is missing",
                "{\"template\": \"t\", \"space\": {}, \"trials\": [{\"index\": -1}]}|/trials/0/index|index must be an integer from 0",
                "{\"template\": \"t\", \"space\": {}, \"trials\": [{\"index\": 0, \"metrics\": {\"a\": \"x\"}}]}|/trials/0/metrics/a|must be a number",
                "{\"template\": \"t\", \"space\": {}, \"trials\": [{\"index\": 0, \"metrics\": {}, \"status\": \"ok\"}]}|/trials/0/status|unknown trial status 'ok'"
            })
    void aBadTrialTableIsRefusedAtItsPointer(String json, String path, String message) {
        assertThatThrownBy(() -> StudyJson.trialTable(Json.parse(json)))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void aFigureBeyondADoubleIsRefused() {
        Value trial = new Value.Obj(Map.of(
                "index", Value.of(0),
                "point", new Value.Obj(Map.of()),
                "status", Value.of("succeeded"),
                "metrics", new Value.Obj(Map.of()),
                "run_seconds", Value.of(new java.math.BigDecimal("1e400"))));
        Value table = new Value.Obj(
                Map.of("template", Value.of("t"), "space", new Value.Obj(Map.of()), "trials", Value.arr(trial)));

        assertThatThrownBy(() -> StudyJson.trialTable(table))
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("/trials/0/run_seconds"))
                .hasMessageContaining("must be a number within a double's range");
    }
}
