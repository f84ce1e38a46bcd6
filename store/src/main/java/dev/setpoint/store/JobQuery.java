package dev.setpoint.store;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.MetricSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Filters, sort and page of a job list. Null filters match everything. Problems name the request
 * parameter that carries the value ({@code preset}, {@code min}, {@code max}).
 *
 * @param template a template id ({@code sd-image}) or ref ({@code sd-image@1.0.0}), at most
 *     {@link PresetQuery#MAX_FILTER_LENGTH} characters
 * @param quality the quality level or quality preset the job ran at, by slug ({@code high})
 * @param presetId a parameter preset merged into the job
 * @param metric a metric's name: what {@code metricMin}, {@code metricMax} and the {@link Sort#METRIC}
 *     sort read
 * @param metricMin the least value of {@code metric} that matches (inclusive); a job without the
 *     metric does not match
 * @param metricMax the greatest, likewise
 * @param sort what the list is ordered by; ties go newest first, then by id
 * @param order which way; jobs without the sort's value (no metric, not run yet) come last either way
 */
public record JobQuery(
        @Nullable JobStatus status,
        @Nullable String template,
        @Nullable String quality,
        @Nullable Long presetId,
        @Nullable String metric,
        @Nullable Double metricMin,
        @Nullable Double metricMax,
        Sort sort,
        Order order,
        int offset,
        int limit) {

    public JobQuery {
        template = blankless(template);
        quality = blankless(quality);
        metric = blankless(metric);
        sort = sort == null ? Sort.CREATED : sort;
        order = order == null ? Order.DESC : order;
        List<Problem> problems = new ArrayList<>();
        PresetQuery.tooLong("template", template, problems);
        PresetQuery.tooLong("quality", quality, problems);
        if (presetId != null && presetId < 1) {
            problems.add(new Problem("preset", "preset must be a preset id, 1 or more, not " + presetId));
        }
        checkMetric(metric, metricMin, metricMax, sort, problems);
        if (offset < 0) {
            problems.add(new Problem("offset", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > PresetQuery.MAX_LIMIT) {
            problems.add(new Problem("limit", "limit must be 1 to " + PresetQuery.MAX_LIMIT + ", not " + limit));
        }
        SetpointException.throwIfAny(problems);
    }

    /** Jobs of one status and template (either may be null), newest first. */
    public JobQuery(@Nullable JobStatus status, @Nullable String template, int offset, int limit) {
        this(status, template, null, null, null, null, null, Sort.CREATED, Order.DESC, offset, limit);
    }

    /** Every job in the list, newest first, {@code limit} of them from {@code offset} on. */
    public static JobQuery everything(int offset, int limit) {
        return new JobQuery(null, null, offset, limit);
    }

    private static void checkMetric(
            @Nullable String metric, @Nullable Double min, @Nullable Double max, Sort sort, List<Problem> problems) {
        if (metric != null && !MetricSpec.NAME.matcher(metric).matches()) {
            problems.add(new Problem(
                    "metric",
                    "metric must be a metric's name: a lower-case letter, then up to 39 lower-case letters, digits "
                            + "or _"));
        }
        if (metric == null && (min != null || max != null || sort == Sort.METRIC)) {
            problems.add(new Problem("metric", "name the metric that min, max or sort=metric read"));
        }
        finite("min", min, problems);
        finite("max", max, problems);
        if (min != null && max != null && min > max) {
            problems.add(new Problem("min", "min (" + min + ") must not be more than max (" + max + ")"));
        }
    }

    private static void finite(String parameter, @Nullable Double bound, List<Problem> problems) {
        if (bound != null && !Double.isFinite(bound)) {
            problems.add(new Problem(parameter, parameter + " must be a finite number, not " + bound));
        }
    }

    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What a job list is ordered by. */
    public enum Sort {
        /** When the job was submitted. */
        CREATED,
        /** How long its run took. */
        RUN_SECONDS,
        /** The value of the query's metric. */
        METRIC;

        /** The request parameter's spelling. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The sort a request names; {@code created}, {@code run_seconds} or {@code metric}. */
        public static Sort of(String id) {
            for (Sort sort : values()) {
                if (sort.id().equals(id)) {
                    return sort;
                }
            }
            throw SetpointException.invalid("sort", "sort must be created, run_seconds or metric, not '" + id + "'");
        }
    }

    /** Which way a job list runs. */
    public enum Order {
        DESC,
        ASC;

        /** The request parameter's spelling. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The order a request names; {@code desc} or {@code asc}. */
        public static Order of(String id) {
            for (Order order : values()) {
                if (order.id().equals(id)) {
                    return order;
                }
            }
            throw SetpointException.invalid("order", "order must be desc or asc, not '" + id + "'");
        }
    }
}
