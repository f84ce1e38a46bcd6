package dev.setpoint.bench.fuzz;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counts outcomes per endpoint family and status class, and keeps one example request for every
 * distinct 5xx (same status, method, path shape and problem title).
 */
final class Report {

    static final List<String> CLASSES = List.of("2xx", "3xx", "4xx", "5xx", "conn-err", "timeout");
    static final int CONNECTION_ERROR = 4;
    static final int TIMEOUT = 5;
    private static final int MAX_PRINTED = 40;

    private final Map<String, AtomicLongArray> families = new ConcurrentHashMap<>();
    private final Map<String, Failure> failures = new ConcurrentHashMap<>();

    /** One distinct 5xx: how often it came, and the first request that caused it. */
    static final class Failure {
        final String example;
        final String answer;
        long count;

        Failure(String example, String answer) {
            this.example = example;
            this.answer = answer;
        }
    }

    void status(FuzzRequest request, RawClient.Response response) {
        int outcome = Math.min(Math.max(response.status() / 100 - 2, 0), 3);
        count(request.family(), outcome);
        if (response.status() >= 500) {
            String title = problemTitle(response);
            String key = response.status() + " " + request.method() + " " + shape(request.target()) + " " + title;
            Failure failure = failures.computeIfAbsent(
                    key, k -> new Failure(request.describe(), FuzzRequest.printable(response.text(), 300)));
            synchronized (failure) {
                failure.count++;
            }
        }
    }

    void count(String family, int outcome) {
        families.computeIfAbsent(family, f -> new AtomicLongArray(CLASSES.size()))
                .incrementAndGet(outcome);
    }

    long total(int outcome) {
        return families.values().stream()
                .mapToLong(counts -> counts.get(outcome))
                .sum();
    }

    long total() {
        return families.values().stream()
                .mapToLong(counts -> {
                    long sum = 0;
                    for (int i = 0; i < counts.length(); i++) {
                        sum += counts.get(i);
                    }
                    return sum;
                })
                .sum();
    }

    /** The table, then the most frequent distinct 5xx (all of them when {@code all}). */
    void print(PrintStream out, boolean all) {
        out.printf("%-10s %8s", "family", "requests");
        CLASSES.forEach(c -> out.printf(" %8s", c));
        out.println();
        new TreeMap<>(families).forEach((family, counts) -> row(out, family, counts::get));
        row(out, "all", this::total);
        int shown = all ? failures.size() : Math.min(MAX_PRINTED, failures.size());
        out.printf(
                "%d distinct 5xx (by status, method, path shape and problem title)%s%n",
                failures.size(),
                shown < failures.size() ? ", the " + shown + " most frequent:" : ", most frequent first:");
        failures.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Failure> e) -> -e.getValue().count)
                        .thenComparing(Map.Entry::getKey))
                .limit(shown)
                .forEach(e -> out.printf(
                        "  %s  x%d%n    request: %s%n    answer:  %s%n",
                        e.getKey(), e.getValue().count, e.getValue().example, e.getValue().answer));
    }

    private void row(PrintStream out, String name, java.util.function.IntToLongFunction count) {
        long sum = 0;
        for (int i = 0; i < CLASSES.size(); i++) {
            sum += count.applyAsLong(i);
        }
        out.printf("%-10s %8d", name, sum);
        for (int i = 0; i < CLASSES.size(); i++) {
            out.printf(" %8d", count.applyAsLong(i));
        }
        out.println();
    }

    /** The path without its query, every run of digits as {n}, cut at 80 characters. */
    static String shape(String target) {
        int q = target.indexOf('?');
        String path = (q < 0 ? target : target.substring(0, q)).replaceAll("\\d+", "{n}");
        return FuzzRequest.printable(path, 80);
    }

    private static String problemTitle(RawClient.Response response) {
        try {
            if (Json.parse(response.text()) instanceof Value.Obj problem
                    && problem.members().get("title") instanceof Value.Str title) {
                return "\"" + title.value() + "\"";
            }
        } catch (SetpointException e) {
            // not a problem document: the status alone names it
        }
        return "(no problem body)";
    }
}
