package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.store.JobQuery.Order;
import dev.setpoint.store.JobQuery.Sort;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A job list's query refuses what it cannot answer before any SQL, naming the request parameter. */
class JobQueryTest {

    @Test
    void withoutASortOrOrderTheListIsNewestFirstAndBlankFiltersMatchEverything() {
        JobQuery query = new JobQuery(null, " ", " ", null, "", null, null, null, null, 0, 50);

        assertThat(query.sort()).isEqualTo(Sort.CREATED);
        assertThat(query.order()).isEqualTo(Order.DESC);
        assertThat(query.template()).isNull();
        assertThat(query.quality()).isNull();
        assertThat(query.metric()).isNull();
        assertThat(JobQuery.everything(0, 50)).isEqualTo(query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PSNR", "1psnr", "psnr-db", "psnr')--", "a23456789012345678901234567890123456789012"})
    void aMetricThatIsNoMetricsNameIsRefused(String metric) {
        assertProblem("metric", "a lower-case letter", () -> query(metric, 1.0, null, Sort.CREATED));
    }

    @Test
    void aMetricNameOfFortyCharactersIsTheLongest() {
        String longest = "a" + "b".repeat(39);

        assertThat(query(longest, null, null, Sort.METRIC).metric()).isEqualTo(longest);
    }

    @Test
    void boundsAndTheMetricSortNeedAMetric() {
        assertProblem("metric", "name the metric", () -> query(null, 1.0, null, Sort.CREATED));
        assertProblem("metric", "name the metric", () -> query(null, null, 1.0, Sort.CREATED));
        assertProblem("metric", "name the metric", () -> query(null, null, null, Sort.METRIC));
    }

    @Test
    void boundsAreFiniteAndInOrder() {
        assertProblem("min", "min (2.0) must not be more than max (1.0)", () -> query("psnr", 2.0, 1.0, Sort.CREATED));
        assertProblem("min", "finite", () -> query("psnr", Double.NaN, null, Sort.CREATED));
        assertProblem("max", "finite", () -> query("psnr", null, Double.POSITIVE_INFINITY, Sort.CREATED));
        assertThat(query("psnr", 1.0, 1.0, Sort.CREATED).metricMin()).isEqualTo(1.0);
    }

    @Test
    void aPresetIsAnId() {
        assertProblem(
                "preset",
                "preset must be a preset id, 1 or more, not 0",
                () -> new JobQuery(null, null, null, 0L, null, null, null, null, null, 0, 50));
    }

    @Test
    void aLongQualityIsRefusedLikeALongTemplate() {
        assertProblem(
                "quality",
                "quality must be at most 200 characters",
                () -> new JobQuery(null, null, "q".repeat(201), null, null, null, null, null, null, 0, 50));
    }

    @Test
    void sortsAndOrdersAreReadByTheirRequestSpelling() {
        assertThat(Sort.of("run_seconds")).isEqualTo(Sort.RUN_SECONDS);
        assertThat(Sort.of("metric")).isEqualTo(Sort.METRIC);
        assertThat(Order.of("asc")).isEqualTo(Order.ASC);
        assertProblem("sort", "sort must be created, run_seconds or metric, not 'size'", () -> Sort.of("size"));
        assertProblem("order", "order must be desc or asc, not 'up'", () -> Order.of("up"));
    }

    @Test
    void theDialectsRefuseToWriteAnythingButAMetricsNameIntoSql() {
        for (Dialect dialect : Dialect.values()) {
            assertThatThrownBy(() -> dialect.jsonNumber("j.metrics", "x') OR 1=1 --"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(dialect.jsonNumber("j.metrics", "psnr")).contains("psnr");
        }
    }

    private static JobQuery query(@Nullable String metric, @Nullable Double min, @Nullable Double max, Sort sort) {
        return new JobQuery(null, null, null, null, metric, min, max, sort, Order.DESC, 0, 50);
    }

    private static void assertProblem(String path, String message, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                        }));
    }
}
