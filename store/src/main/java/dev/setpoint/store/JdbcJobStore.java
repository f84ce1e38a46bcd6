package dev.setpoint.store;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@link JobStore} on JDBC; every status change is a single UPDATE guarded by the status it leaves. */
final class JdbcJobStore implements JobStore {

    /** The log keeps its last characters: the end of a log says why a run failed. */
    static final int MAX_LOG_CHARS = 64 * 1024;

    static final int MAX_ERROR_CHARS = 2000;

    private static final NamedSql INSERT = NamedSql.parse("""
            INSERT INTO jobs (id, owner_id, template_id, template_ref, quality, level, preset_ids, preset_revisions,
                inputs, parameters, status, estimate_seconds, estimate_low, estimate_high, estimate_source,
                work_units, created_at, queued_at, started_at, queue_wait_seconds, worker, attempt, outputs, log,
                batch_id, batch_index, chunk_id)
            VALUES (:id, :owner_id, :template_id, :template_ref, :quality, :level, :preset_ids, :preset_revisions,
                :inputs, :parameters, :status, :estimate_seconds, :estimate_low, :estimate_high, :estimate_source,
                :work_units, :now, :now, :started_at, :queue_wait_seconds, :worker, :attempt, '[]', '',
                :batch_id, :batch_index, :chunk_id)
            """);
    private static final String SELECT = "SELECT * FROM jobs j ";
    private static final NamedSql BY_ID = NamedSql.parse(SELECT + "WHERE j.id = :id");
    // A job left running by a dead worker is started again; a finished one never.
    // The queue wait is worked out in the statement, so a start is one statement, not a read and a write.
    private static final String START = """
            UPDATE jobs SET status = 'running', attempt = attempt + 1, started_at = :now, worker = :worker,
                queue_wait_seconds = %s
            WHERE id = :id AND status IN ('queued', 'running')
            RETURNING *
            """;
    // The start is written again with the end: a job handed to an idle worker was stored started at its
    // hand-off, and only the worker knows when it really started.
    private static final String FINISH = """
            UPDATE jobs SET status = :status, started_at = :started_at, queue_wait_seconds = %s, finished_at = :now,
                run_seconds = :run_seconds, cpu_seconds = :cpu_seconds, peak_memory_bytes = :peak_memory_bytes,
                metrics = :metrics, outputs = :outputs, log = :log, error = :error
            WHERE id = :id AND status = 'running' AND attempt = :attempt
            """;
    // The condition is the partial index's own (jobs_unfinished), word for word, so that SQLite uses it.
    // A batch's items are their chunk's to run, never single jobs.
    private static final NamedSql UNFINISHED_BEFORE = NamedSql.parse("""
            SELECT id FROM jobs WHERE status IN ('queued', 'running') AND queued_at < :before AND chunk_id IS NULL
            ORDER BY queued_at LIMIT :limit
            """);
    private static final NamedSql CANCEL = NamedSql.parse("""
            UPDATE jobs SET status = 'cancelled', finished_at = :now WHERE id = :id AND status IN ('queued', 'running')
            """);
    private static final String MEASURE_CANCELLED = """
            UPDATE jobs SET started_at = :started_at, queue_wait_seconds = %s, run_seconds = :run_seconds,
                cpu_seconds = :cpu_seconds, peak_memory_bytes = :peak_memory_bytes
            WHERE id = :id AND status = 'cancelled' AND attempt = :attempt
            """;
    // Only what the estimator reads; newest first so that the limit keeps the latest runs.
    private static final String RUNS = """
            SELECT id, template_ref, quality, level, work_units, run_seconds, estimate_seconds, estimate_low,
                estimate_high, estimate_source, finished_at
            FROM jobs WHERE status = 'succeeded'
            """;
    private static final NamedSql HISTORY = NamedSql.parse(RUNS + """
            AND template_id = :template_id AND template_ref = :template_ref ORDER BY finished_at DESC, id DESC
            LIMIT :latest
            """);
    private static final NamedSql ALL_HISTORY = NamedSql.parse(RUNS + "ORDER BY finished_at DESC, id DESC");

    private final Jdbc jdbc;
    private final Clock clock;
    private final NamedSql start;
    private final NamedSql finish;
    private final NamedSql measureCancelled;

    JdbcJobStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.start = NamedSql.parse(START.formatted(jdbc.dialect().secondsSince("queued_at", "now")));
        this.finish = NamedSql.parse(FINISH.formatted(jdbc.dialect().secondsSince("queued_at", "started_at")));
        this.measureCancelled =
                NamedSql.parse(MEASURE_CANCELLED.formatted(jdbc.dialect().secondsSince("queued_at", "started_at")));
    }

    @Override
    public JobRecord create(NewJob job) {
        Instant now = now();
        insert(job, JobStatus.QUEUED, now, null, 0);
        return JobRecord.queued(job, now);
    }

    @Override
    public JobRecord createRunning(NewJob job, String worker) {
        Instant now = now();
        insert(job, JobStatus.RUNNING, now, worker, 1);
        return JobRecord.running(job, now, worker);
    }

    /** Queued, or (with a worker) running since it was queued, in its first attempt. */
    private void insert(NewJob job, JobStatus status, Instant now, @Nullable String worker, int attempt) {
        jdbc.transaction(c -> {
            try (NamedStatement s = INSERT.prepare(c, jdbc.dialect())) {
                bindNew(s, job, status, now, worker, attempt)
                        .set("batch_id", (String) null)
                        .set("batch_index", (Long) null)
                        .set("chunk_id", (String) null);
                return s.executeUpdate();
            }
        });
    }

    /** A prepared insert of jobs; a batch's items are inserted through it too ({@link JdbcBatchStore}). */
    static NamedStatement prepareInsert(Connection c, Dialect dialect) throws SQLException {
        return INSERT.prepare(c, dialect);
    }

    /** Binds what every new job has; the caller binds its batch, place and chunk (null for a single job). */
    static NamedStatement bindNew(
            NamedStatement s, NewJob job, JobStatus status, Instant now, @Nullable String worker, int attempt)
            throws SQLException {
        boolean started = worker != null;
        return s.set("id", job.id().toString())
                .set("owner_id", job.ownerId())
                .set("template_id", job.templateId())
                .set("template_ref", job.templateRef())
                .set("quality", job.quality())
                .set("level", job.level())
                .setJson(
                        "preset_ids",
                        Json.write(Value.arr(
                                job.presetIds().stream().map(Value::of).toList())))
                .setJson("preset_revisions", Json.write(revisions(job.presetRevisions())))
                .setJson("inputs", Json.write(job.inputs()))
                .setJson("parameters", Json.write(job.parameters()))
                .set("status", status.id())
                .set("estimate_seconds", job.estimate().seconds())
                .set("estimate_low", job.estimate().low())
                .set("estimate_high", job.estimate().high())
                .set("estimate_source", job.estimate().source())
                .set("work_units", job.workUnits())
                .set("now", now)
                .set("started_at", started ? now : null)
                .set("queue_wait_seconds", started ? 0.0 : null)
                .set("worker", worker)
                .set("attempt", attempt);
    }

    @Override
    public Optional<JobRecord> find(UUID id) {
        return jdbc.read(c -> {
            try (NamedStatement s = BY_ID.prepare(c, jdbc.dialect()).set("id", id.toString());
                    ResultSet result = s.executeQuery()) {
                return result.next() ? Optional.of(record(result)) : Optional.<JobRecord>empty();
            }
        });
    }

    @Override
    public Optional<JobRecord> find(Viewer viewer, UUID id) {
        return find(id).filter(job -> job.ownerId() != null && job.ownerId() == viewer.userId());
    }

    @Override
    public Page<JobRecord> list(Viewer viewer, JobQuery query) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("owner_id", viewer.userId());
        return list("j.owner_id = :owner_id", arguments, query);
    }

    @Override
    public Page<JobRecord> listOwnerless(JobQuery query) {
        return list("j.owner_id IS NULL", new LinkedHashMap<>(), query);
    }

    private Page<JobRecord> list(String owner, Map<String, Object> arguments, JobQuery query) {
        String where = owner + filters(query, arguments);
        NamedSql count = NamedSql.parse("SELECT count(*) FROM jobs j WHERE " + where);
        NamedSql page = NamedSql.parse(
                SELECT + "WHERE " + where + " ORDER BY " + orderBy(query) + " LIMIT :limit OFFSET :offset");
        return jdbc.read(c -> {
            long total;
            try (NamedStatement s = count.prepare(c, jdbc.dialect()).setAll(arguments);
                    ResultSet result = s.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            List<JobRecord> items = new ArrayList<>();
            try (NamedStatement s = page.prepare(c, jdbc.dialect())
                            .setAll(arguments)
                            .set("limit", query.limit())
                            .set("offset", query.offset());
                    ResultSet result = s.executeQuery()) {
                while (result.next()) {
                    items.add(record(result));
                }
            }
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    /** The query's filters as conditions, each starting with AND; their values go into {@code arguments}. */
    private String filters(JobQuery query, Map<String, Object> arguments) {
        StringBuilder where = new StringBuilder();
        if (query.status() != null) {
            where.append(" AND j.status = :status");
            arguments.put("status", query.status().id());
        }
        if (query.template() != null) {
            where.append(
                    query.template().contains("@")
                            ? " AND j.template_ref = :template"
                            : " AND j.template_id = :template");
            arguments.put("template", query.template());
        }
        if (query.quality() != null) {
            where.append(" AND j.quality = :quality");
            arguments.put("quality", query.quality());
        }
        if (query.presetId() != null) {
            where.append(" AND ").append(jdbc.dialect().jsonArrayHas("j.preset_ids", "preset_id"));
            arguments.put("preset_id", query.presetId());
        }
        if (query.metricMin() != null) {
            where.append(" AND ").append(metric(query)).append(" >= :metric_min");
            arguments.put("metric_min", query.metricMin());
        }
        if (query.metricMax() != null) {
            where.append(" AND ").append(metric(query)).append(" <= :metric_max");
            arguments.put("metric_max", query.metricMax());
        }
        return where.toString();
    }

    /**
     * The query's sort, then newest first, then by id, so that ties keep one order from page to page;
     * rows without the sort's value (no such metric, not run) come last whichever way it runs.
     */
    private String orderBy(JobQuery query) {
        String direction = query.order() == JobQuery.Order.ASC ? " ASC" : " DESC";
        return switch (query.sort()) {
            case CREATED -> "j.created_at" + direction + ", j.id";
            case RUN_SECONDS -> "j.run_seconds" + direction + " NULLS LAST, j.created_at DESC, j.id";
            case METRIC -> metric(query) + direction + " NULLS LAST, j.created_at DESC, j.id";
        };
    }

    private String metric(JobQuery query) {
        return jdbc.dialect().jsonNumber("j.metrics", Objects.requireNonNull(query.metric(), "metric"));
    }

    @Override
    public Optional<JobRecord> start(UUID id, String worker) {
        Instant now = now();
        // The attempt comes from the UPDATE itself, so two racing starts get different numbers.
        return jdbc.transaction(c -> {
            try (NamedStatement s = start.prepare(c, jdbc.dialect())
                    .set("now", now)
                    .set("worker", worker)
                    .set("id", id.toString())) {
                try (ResultSet result = s.executeQuery()) {
                    return result.next() ? Optional.of(record(result)) : Optional.<JobRecord>empty();
                }
            }
        });
    }

    @Override
    public List<UUID> unfinishedLongerThan(Duration wait, int limit) {
        Instant before = now().minus(wait);
        return jdbc.read(c -> {
            List<UUID> ids = new ArrayList<>();
            try (NamedStatement s = UNFINISHED_BEFORE
                    .prepare(c, jdbc.dialect())
                    .set("before", before)
                    .set("limit", limit)) {
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        ids.add(UUID.fromString(row.getString("id")));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public boolean cancel(UUID id) {
        Instant now = now();
        return jdbc.transaction(c -> {
            try (NamedStatement s = CANCEL.prepare(c, jdbc.dialect())) {
                return s.set("now", now).set("id", id.toString()).executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean measureCancelled(UUID id, int attempt, Instant startedAt, RunMeasurements m) {
        Objects.requireNonNull(startedAt, "startedAt");
        return jdbc.transaction(c -> {
            try (NamedStatement s = measureCancelled.prepare(c, jdbc.dialect())) {
                setMeasurements(s, m);
                return s.set("started_at", startedAt)
                                .set("id", id.toString())
                                .set("attempt", attempt)
                                .executeUpdate()
                        > 0;
            }
        });
    }

    @Override
    public List<SucceededRun> history(String templateRef, int latest) {
        return history(
                HISTORY,
                Map.of("template_id", NewJob.templateIdOf(templateRef), "template_ref", templateRef, "latest", latest));
    }

    @Override
    public List<SucceededRun> history() {
        return history(ALL_HISTORY, Map.of());
    }

    private List<SucceededRun> history(NamedSql sql, Map<String, Object> arguments) {
        return jdbc.read(c -> {
            List<SucceededRun> runs = new ArrayList<>();
            try (NamedStatement s = sql.prepare(c, jdbc.dialect()).setAll(arguments);
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    runs.add(new SucceededRun(
                            UUID.fromString(row.getString("id")),
                            row.getString("template_ref"),
                            row.getString("quality"),
                            row.getInt("level"),
                            row.getDouble("work_units"),
                            row.getDouble("run_seconds"),
                            estimate(row),
                            jdbc.dialect().instant(row, "finished_at")));
                }
            }
            Collections.reverse(runs);
            return runs;
        });
    }

    /** Run time, CPU time and peak memory, or nulls. */
    private static void setMeasurements(NamedStatement s, @Nullable RunMeasurements m) throws SQLException {
        s.set("run_seconds", m == null ? null : m.runSeconds())
                .set("cpu_seconds", m == null ? null : m.cpuSeconds())
                .set("peak_memory_bytes", m == null ? null : m.peakMemoryBytes());
    }

    @Override
    public boolean finish(JobEnd end) {
        Instant now = now();
        return jdbc.transaction(c -> {
            try (NamedStatement s = prepareFinish(c)) {
                return bindEnd(s, end, now).executeUpdate() > 0;
            }
        });
    }

    /** The guarded UPDATE that records an end; a chunk's worker records many in one transaction. */
    NamedStatement prepareFinish(Connection c) throws SQLException {
        return finish.prepare(c, jdbc.dialect());
    }

    /** Binds an end recorded at {@code now}; its log and error are bounded. */
    static NamedStatement bindEnd(NamedStatement s, JobEnd end, Instant now) throws SQLException {
        setMeasurements(s, end.measurements());
        return s.set("status", end.status().id())
                .set("started_at", end.startedAt())
                .set("now", now)
                .setJson("metrics", Json.write(end.metrics()))
                .setJson("outputs", Json.write(outputs(end.outputs())))
                .set("log", bounded(end.log(), MAX_LOG_CHARS))
                .set("error", end.error() == null ? null : bounded(end.error(), MAX_ERROR_CHARS))
                .set("id", end.id().toString())
                .set("attempt", end.attempt());
    }

    private static JobEstimate estimate(ResultSet row) throws SQLException {
        return new JobEstimate(
                row.getDouble("estimate_seconds"),
                row.getDouble("estimate_low"),
                row.getDouble("estimate_high"),
                row.getString("estimate_source"));
    }

    /** A row of jobs (all its columns) as a record. */
    JobRecord record(ResultSet row) throws SQLException {
        Dialect dialect = jdbc.dialect();
        long ownerId = row.getLong("owner_id");
        // wasNull() answers for the column read last, so before the id is read.
        Long owner = row.wasNull() ? null : ownerId;
        NewJob job = new NewJob(
                UUID.fromString(row.getString("id")),
                owner,
                row.getString("template_ref"),
                row.getString("quality"),
                row.getInt("level"),
                ids(Json.parse(row.getString("preset_ids"))),
                revisions(Json.parse(row.getString("preset_revisions"))),
                (Value.Obj) Json.parse(row.getString("inputs")),
                (Value.Obj) Json.parse(row.getString("parameters")),
                estimate(row),
                row.getDouble("work_units"));
        Double runSeconds = nullableDouble(row, "run_seconds");
        RunMeasurements measurements = runSeconds == null
                ? null
                : new RunMeasurements(runSeconds, row.getDouble("cpu_seconds"), row.getLong("peak_memory_bytes"));
        return new JobRecord(
                job,
                JobStatus.of(row.getString("status")),
                dialect.instant(row, "created_at"),
                dialect.instant(row, "queued_at"),
                dialect.instant(row, "started_at"),
                dialect.instant(row, "finished_at"),
                nullableDouble(row, "queue_wait_seconds"),
                measurements,
                outputs(Json.parse(row.getString("outputs"))),
                row.getString("log"),
                row.getString("error"),
                row.getInt("attempt"),
                row.getString("worker"),
                (Value.Obj) Json.parse(row.getString("metrics")));
    }

    private static Value revisions(List<PresetRevision> revisions) {
        return Value.arr(revisions.stream()
                .map(r -> {
                    Map<String, Value> json = new LinkedHashMap<>();
                    json.put("id", Value.of(r.id()));
                    json.put("slug", Value.of(r.slug()));
                    json.put("revision", Value.of(r.revision()));
                    return new Value.Obj(json);
                })
                .toList());
    }

    private static List<PresetRevision> revisions(Value json) {
        return ((Value.Arr) json)
                .items().stream()
                        .map(item -> {
                            Map<String, Value> m = ((Value.Obj) item).members();
                            return new PresetRevision(
                                    longOf(m.get("id")),
                                    ((Value.Str) m.get("slug")).value(),
                                    longOf(m.get("revision")));
                        })
                        .toList();
    }

    private static Value outputs(List<JobOutput> outputs) {
        return Value.arr(outputs.stream()
                .map(o -> {
                    Map<String, Value> json = new LinkedHashMap<>();
                    json.put("name", Value.of(o.name()));
                    json.put("media_type", Value.of(o.mediaType()));
                    json.put("bytes", Value.of(o.bytes()));
                    return new Value.Obj(json);
                })
                .toList());
    }

    private static List<JobOutput> outputs(Value json) {
        return ((Value.Arr) json)
                .items().stream()
                        .map(item -> {
                            Map<String, Value> m = ((Value.Obj) item).members();
                            return new JobOutput(
                                    ((Value.Str) m.get("name")).value(),
                                    ((Value.Str) m.get("media_type")).value(),
                                    longOf(m.get("bytes")));
                        })
                        .toList();
    }

    private static List<Long> ids(Value json) {
        return ((Value.Arr) json).items().stream().map(JdbcJobStore::longOf).toList();
    }

    private static long longOf(Value number) {
        return ((Value.Num) number).value().longValueExact();
    }

    private static @Nullable Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static String bounded(@Nullable String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        String marker = "[... " + (text.length() - max) + " characters dropped]\n";
        return marker + text.substring(text.length() - max + marker.length());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
