package dev.setpoint.runner.load;

import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Every request of a load, in the order they were planned, and the load's wall time: from the first
 * request sent to the last stream's end.
 */
public record LoadResult(List<RequestResult> requests, long wallNanos) {

    private static final double[] PERCENTILES = {50, 90, 99};

    public LoadResult {
        requests = List.copyOf(requests);
    }

    public int failed() {
        return (int) requests.stream().filter(r -> !r.succeeded()).count();
    }

    /** The first failed request's reason, if one failed. */
    public Optional<String> firstError() {
        return requests.stream()
                .filter(r -> !r.succeeded())
                .map(RequestResult::error)
                .findFirst();
    }

    /**
     * Throughput over the wall time and p50, p90, p99 of the successful requests' timings, named as
     * the engine templates declare them; a timing no request has (TPOT of one-token answers) is
     * absent.
     */
    public Map<String, Double> metrics() {
        List<RequestResult> ok =
                requests.stream().filter(RequestResult::succeeded).toList();
        double seconds = wallNanos / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(
                "output_tokens_per_second",
                ok.stream().mapToInt(RequestResult::tokens).sum() / seconds);
        metrics.put("requests_per_second", ok.size() / seconds);
        percentiles(metrics, "ttft_ms", ok, r -> r.ttftNanos() / 1e6);
        percentiles(metrics, "tpot_ms", ok, RequestResult::tpotMillis);
        percentiles(metrics, "e2e_ms", ok, r -> r.e2eNanos() / 1e6);
        metrics.put("requests_failed", (double) failed());
        return metrics;
    }

    private static void percentiles(
            Map<String, Double> metrics, String name, List<RequestResult> ok, ToDoubleFunction<RequestResult> value) {
        double[] values =
                ok.stream().mapToDouble(value).filter(Double::isFinite).toArray();
        if (values.length > 0) {
            for (double p : PERCENTILES) {
                metrics.put("p" + (int) p + "_" + name, Percentiles.of(values, p));
            }
        }
    }

    /** The load for the run's record: its metrics and each request's timings, in ms. */
    public Value toValue(LoadPlan plan) {
        Map<String, Value> document = new LinkedHashMap<>();
        document.put("model", Value.of(plan.model()));
        document.put("concurrency", Value.of(plan.concurrency()));
        document.put("requests", Value.of(plan.requests()));
        document.put("prompt_tokens", Value.of(plan.promptTokens()));
        document.put("output_tokens", Value.of(plan.outputTokens()));
        document.put("wall_seconds", Value.of(wallNanos / 1e9));
        Map<String, Value> metrics = new LinkedHashMap<>();
        metrics().forEach((name, value) -> metrics.put(name, Value.of(value)));
        document.put("metrics", new Value.Obj(metrics));
        List<Value> rows = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            rows.add(row(i, requests.get(i)));
        }
        document.put("per_request", Value.arr(rows));
        return new Value.Obj(document);
    }

    private static Value row(int index, RequestResult request) {
        Map<String, Value> row = new LinkedHashMap<>();
        row.put("index", Value.of(index));
        if (request.succeeded()) {
            row.put("ttft_ms", Value.of(request.ttftNanos() / 1e6));
            row.put("output_tokens", Value.of(request.tokens()));
        } else {
            row.put("error", Value.of(String.valueOf(request.error())));
        }
        row.put("e2e_ms", Value.of(request.e2eNanos() / 1e6));
        return new Value.Obj(row);
    }
}
