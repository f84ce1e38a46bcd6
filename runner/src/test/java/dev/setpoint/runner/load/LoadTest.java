package dev.setpoint.runner.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadTest {

    static final LoadPlan PLAN = new LoadPlan("m", 2, 4, 8, 16);

    @Test
    void theRequestIsAGreedyStreamingCompletionOfExactlyTheOutputLength() {
        assertThat(Json.write(StreamingLoad.body(PLAN, 3)))
                .isEqualTo("{\"model\":\"m\",\"prompt\":\"" + StreamingLoad.prompt(3, 8)
                        + "\",\"max_tokens\":16,\"temperature\":0,\"ignore_eos\":true,\"stream\":true,"
                        + "\"stream_options\":{\"include_usage\":true}}");
    }

    @Test
    void promptsAreTheSameEveryRunYetDifferFromRequestToRequest() {
        assertThat(StreamingLoad.prompt(7, 50)).isEqualTo(StreamingLoad.prompt(7, 50));
        assertThat(StreamingLoad.prompt(7, 50).split(" ")).hasSize(50);
        assertThat(StreamingLoad.prompt(8, 50)).isNotEqualTo(StreamingLoad.prompt(7, 50));
    }

    @Test
    void aPlanComesFromTheLoadInputs() {
        Map<String, Value> values = Map.of(
                "model", Value.of("m"),
                "concurrency", Value.of(2),
                "requests", Value.of(4),
                "prompt_tokens", Value.of(8),
                "output_tokens", Value.of(16),
                "tp-size", Value.of(2));

        assertThat(LoadPlan.of(values)).isEqualTo(PLAN);
    }

    @Test
    void aPlanWithoutItsInputsIsRefusedNamingThem() {
        SetpointException noModel =
                catchThrowableOfType(SetpointException.class, () -> LoadPlan.of(Map.of("model", Value.of(1))));
        SetpointException noCount = catchThrowableOfType(
                SetpointException.class,
                () -> LoadPlan.of(Map.of("model", Value.of("m"), "concurrency", Value.of(0.5))));

        assertThat(noModel.getMessage()).isEqualTo("/parameters/model: the load needs model as a string");
        assertThat(noCount.getMessage())
                .isEqualTo("/parameters/concurrency: the load needs concurrency as a whole number from 1");
        assertThatThrownBy(() -> new LoadPlan("m", 0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMetricsAreThroughputOverTheWallTimeAndPercentilesOfTheSuccessfulRequests() {
        LoadResult result = new LoadResult(
                List.of(
                        new RequestResult(100_000_000L, 1_100_000_000L, 11, null),
                        new RequestResult(300_000_000L, 2_300_000_000L, 11, null),
                        RequestResult.failed("HTTP 500", 5_000_000)),
                2_000_000_000L);

        Map<String, Double> metrics = result.metrics();

        assertThat(metrics.get("output_tokens_per_second")).isEqualTo(11.0);
        assertThat(metrics.get("requests_per_second")).isEqualTo(1.0);
        assertThat(metrics.get("p50_ttft_ms")).isEqualTo(200.0);
        assertThat(metrics.get("p50_tpot_ms")).isEqualTo(150.0);
        assertThat(metrics.get("p99_e2e_ms")).isEqualTo(2288.0);
        assertThat(metrics.get("requests_failed")).isEqualTo(1.0);
        assertThat(result.firstError()).contains("HTTP 500");
        Value.Obj document = (Value.Obj) result.toValue(PLAN);
        assertThat(Json.write(((Value.Arr) document.members().get("per_request"))
                        .items()
                        .get(2)))
                .isEqualTo("{\"index\":2,\"error\":\"HTTP 500\",\"e2e_ms\":5.0}");
    }

    @Test
    void withoutASuccessfulRequestThereAreNoPercentiles() {
        LoadResult result = new LoadResult(List.of(RequestResult.failed("refused", 1)), 1_000);

        assertThat(result.metrics())
                .containsOnlyKeys("output_tokens_per_second", "requests_per_second", "requests_failed");
        assertThat(result.failed()).isEqualTo(1);
    }
}
