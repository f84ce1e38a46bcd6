package dev.setpoint.store;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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

/** {@link JobStore} on JDBC; every status change is a single UPDATE guarded by the status it leaves. */
final class JdbcJobStore implements JobStore {

    /** The log keeps its last characters: the end of a log says why a run failed. */
    static final int MAX_LOG_CHARS = 64 * 1024;
    static final int MAX_ERROR_CHARS = 2000;

    private static final String INSERT = """
            INSERT INTO jobs (id, owner_id, template_id, template_ref, quality, level, preset_ids, preset_revisions,
                inputs, parameters, status, estimate_seconds, estimate_low, estimate_high, estimate_source,
                work_units, created_at, queued_at, started_at, queue_wait_seconds, worker, attempt, outputs, log)
            VALUES (?, ?, ?, ?, ?, ?, %1$s, %1$s, %1$s, %1$s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1$s, '')
            """;
    private static final String SELECT = "SELECT * FROM jobs j ";
    // A job left running by a dead worker is started again; a finished one never.
    // The queue wait is worked out in the statement, so a start is one statement, not a read and a write.
    private static final String START = """
            UPDATE jobs SET status = 'running', attempt = attempt + 1, started_at = ?, worker = ?,
                queue_wait_seconds = %s
            WHERE id = ? AND status IN ('queued', 'running')
            RETURNING *
            """;
    // The start is written again with the end: a job handed to an idle worker was stored started at its
    // hand-off, and only the worker knows when it really started.
    private static final String FINISH = """
            UPDATE jobs SET status = ?, started_at = ?, queue_wait_seconds = %s, finished_at = ?, run_seconds = ?,
                cpu_seconds = ?, peak_memory_bytes = ?, outputs = %s, log = ?, error = ?
            WHERE id = ? AND status = 'running' AND attempt = ?
            """;
    // The condition is the partial index's own (jobs_unfinished), word for word, so that SQLite uses it.
    private static final String UNFINISHED_BEFORE = """
            SELECT id FROM jobs WHERE status IN ('queued', 'running') AND queued_at < ? ORDER BY queued_at LIMIT ?
            """;
    private static final String CANCEL = """
            UPDATE jobs SET status = 'cancelled', finished_at = ? WHERE id = ? AND status IN ('queued', 'running')
            """;
    private static final String MEASURE_CANCELLED = """
            UPDATE jobs SET started_at = ?, queue_wait_seconds = %s, run_seconds = ?, cpu_seconds = ?,
                peak_memory_bytes = ?
            WHERE id = ? AND status = 'cancelled' AND attempt = ?
            """;
    // Only what the estimator reads; newest first so that the limit keeps the latest runs.
    private static final String RUNS = """
            SELECT id, template_ref, quality, level, work_units, run_seconds, estimate_seconds, estimate_low,
                estimate_high, estimate_source, finished_at
            FROM jobs WHERE status = 'succeeded'
            """;
    private static final String HISTORY = RUNS + """
            AND template_id = ? AND template_ref = ? ORDER BY finished_at DESC, id DESC LIMIT ?
            """;
    private static final String ALL_HISTORY = RUNS + "ORDER BY finished_at DESC, id DESC";

    private final Jdbc jdbc;
    private final Clock clock;
    private final String insert;
    private final String start;
    private final String finish;
    private final String measureCancelled;

    JdbcJobStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.insert = INSERT.formatted(jdbc.dialect().jsonParameter());
        this.start = START.formatted(jdbc.dialect().secondsSince("queued_at"));
        this.finish = FINISH.formatted(jdbc.dialect().secondsSince("queued_at"), jdbc.dialect().jsonParameter());
        this.measureCancelled = MEASURE_CANCELLED.formatted(jdbc.dialect().secondsSince("queued_at"));
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
    private void insert(NewJob job, JobStatus status, Instant now, String worker, int attempt) {
        Dialect dialect = jdbc.dialect();
        boolean started = worker != null;
        jdbc.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(insert)) {
                int i = 0;
                s.setString(++i, job.id().toString());
                s.setObject(++i, job.ownerId(), Types.BIGINT);
                s.setString(++i, job.templateId());
                s.setString(++i, job.templateRef());
                s.setString(++i, job.quality());
                s.setInt(++i, job.level());
                s.setString(++i, Json.write(Value.arr(job.presetIds().stream().map(Value::of).toList())));
                s.setString(++i, Json.write(revisions(job.presetRevisions())));
                s.setString(++i, Json.write(job.inputs()));
                s.setString(++i, Json.write(job.parameters()));
                s.setString(++i, status.id());
                s.setDouble(++i, job.estimate().seconds());
                s.setDouble(++i, job.estimate().low());
                s.setDouble(++i, job.estimate().high());
                s.setString(++i, job.estimate().source());
                s.setDouble(++i, job.workUnits());
                dialect.setInstant(s, ++i, now);
                dialect.setInstant(s, ++i, now);
                dialect.setInstant(s, ++i, started ? now : null);
                s.setObject(++i, started ? 0.0 : null, Types.DOUBLE);
                s.setString(++i, worker);
                s.setInt(++i, attempt);
                s.setString(++i, "[]");
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<JobRecord> find(UUID id) {
        return jdbc.read(c -> one(c, SELECT + "WHERE j.id = ?", id.toString()));
    }

    @Override
    public Optional<JobRecord> find(Viewer viewer, UUID id) {
        return find(id).filter(job -> job.ownerId() != null && job.ownerId() == viewer.userId());
    }

    @Override
    public Page<JobRecord> list(Viewer viewer, JobQuery query) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(viewer.userId());
        return list("j.owner_id = ?", arguments, query);
    }

    @Override
    public Page<JobRecord> listOwnerless(JobQuery query) {
        return list("j.owner_id IS NULL", new ArrayList<>(), query);
    }

    private Page<JobRecord> list(String owner, List<Object> arguments, JobQuery query) {
        StringBuilder where = new StringBuilder(owner);
        if (query.status() != null) {
            where.append(" AND j.status = ?");
            arguments.add(query.status().id());
        }
        if (query.template() != null) {
            where.append(query.template().contains("@") ? " AND j.template_ref = ?" : " AND j.template_id = ?");
            arguments.add(query.template());
        }
        return jdbc.read(c -> {
            long total;
            try (PreparedStatement s = prepare(c, "SELECT count(*) FROM jobs j WHERE " + where, arguments);
                    ResultSet result = s.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            List<Object> paged = new ArrayList<>(arguments);
            paged.add(query.limit());
            paged.add(query.offset());
            List<JobRecord> items = new ArrayList<>();
            try (PreparedStatement s = prepare(c, SELECT + "WHERE " + where
                    + " ORDER BY j.created_at DESC, j.id LIMIT ? OFFSET ?", paged);
                    ResultSet result = s.executeQuery()) {
                while (result.next()) {
                    items.add(record(result));
                }
            }
            return new Page<>(items, total, query.offset(), query.limit());
        });
    }

    @Override
    public Optional<JobRecord> start(UUID id, String worker) {
        Instant now = now();
        // The attempt comes from the UPDATE itself, so two racing starts get different numbers.
        return jdbc.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(start)) {
                jdbc.dialect().setInstant(s, 1, now);
                s.setString(2, worker);
                jdbc.dialect().setInstant(s, 3, now);
                s.setString(4, id.toString());
                try (ResultSet result = s.executeQuery()) {
                    return result.next() ? Optional.of(record(result)) : Optional.<JobRecord>empty();
                }
            }
        });
    }

    @Override
    public boolean succeed(UUID id, int attempt, Instant startedAt, RunMeasurements measurements,
            List<JobOutput> outputs, String log) {
        return finish(id, attempt, startedAt, JobStatus.SUCCEEDED, measurements, outputs, log, null);
    }

    @Override
    public boolean fail(UUID id, int attempt, Instant startedAt, RunMeasurements measurements, String error,
            String log) {
        return finish(id, attempt, startedAt, JobStatus.FAILED, measurements, List.of(), log,
                bounded(error, MAX_ERROR_CHARS));
    }

    @Override
    public List<UUID> unfinishedLongerThan(Duration wait, int limit) {
        Instant before = now().minus(wait);
        return jdbc.read(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(UNFINISHED_BEFORE)) {
                jdbc.dialect().setInstant(s, 1, before);
                s.setInt(2, limit);
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
            try (PreparedStatement s = c.prepareStatement(CANCEL)) {
                jdbc.dialect().setInstant(s, 1, now);
                s.setString(2, id.toString());
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public boolean measureCancelled(UUID id, int attempt, Instant startedAt, RunMeasurements m) {
        Objects.requireNonNull(startedAt, "startedAt");
        return jdbc.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(measureCancelled)) {
                int i = 0;
                jdbc.dialect().setInstant(s, ++i, startedAt);
                jdbc.dialect().setInstant(s, ++i, startedAt);
                i = setMeasurements(s, i, m);
                s.setString(++i, id.toString());
                s.setInt(++i, attempt);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<RunHistory> history(String templateRef, int latest) {
        return history(HISTORY, List.of(NewJob.templateIdOf(templateRef), templateRef, latest));
    }

    @Override
    public List<RunHistory> history() {
        return history(ALL_HISTORY, List.of());
    }

    private List<RunHistory> history(String sql, List<Object> arguments) {
        return jdbc.read(c -> {
            List<RunHistory> runs = new ArrayList<>();
            try (PreparedStatement s = prepare(c, sql, arguments);
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    runs.add(new RunHistory(UUID.fromString(row.getString("id")), row.getString("template_ref"),
                            row.getString("quality"), row.getInt("level"), row.getDouble("work_units"),
                            row.getDouble("run_seconds"), estimate(row), jdbc.dialect().instant(row, "finished_at")));
                }
            }
            Collections.reverse(runs);
            return runs;
        });
    }

    /** Run time, CPU time and peak memory, or nulls, from parameter {@code i + 1}; the last index set. */
    private static int setMeasurements(PreparedStatement s, int i, RunMeasurements m) throws SQLException {
        setDouble(s, ++i, m == null ? null : m.runSeconds());
        setDouble(s, ++i, m == null ? null : m.cpuSeconds());
        if (m == null) {
            s.setNull(++i, Types.BIGINT);
        } else {
            s.setLong(++i, m.peakMemoryBytes());
        }
        return i;
    }

    private boolean finish(UUID id, int attempt, Instant startedAt, JobStatus status, RunMeasurements m,
            List<JobOutput> outputs, String log, String error) {
        Objects.requireNonNull(startedAt, "startedAt");
        Instant now = now();
        return jdbc.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(finish)) {
                int i = 0;
                s.setString(++i, status.id());
                jdbc.dialect().setInstant(s, ++i, startedAt);
                jdbc.dialect().setInstant(s, ++i, startedAt);
                jdbc.dialect().setInstant(s, ++i, now);
                i = setMeasurements(s, i, m);
                s.setString(++i, Json.write(outputs(outputs)));
                s.setString(++i, bounded(log, MAX_LOG_CHARS));
                s.setString(++i, error);
                s.setString(++i, id.toString());
                s.setInt(++i, attempt);
                return s.executeUpdate() > 0;
            }
        });
    }

    private Optional<JobRecord> one(Connection c, String sql, Object argument) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, List.of(argument)); ResultSet result = s.executeQuery()) {
            return result.next() ? Optional.of(record(result)) : Optional.empty();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> arguments) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < arguments.size(); i++) {
            s.setObject(i + 1, arguments.get(i));
        }
        return s;
    }

    private static JobEstimate estimate(ResultSet row) throws SQLException {
        return new JobEstimate(row.getDouble("estimate_seconds"), row.getDouble("estimate_low"),
                row.getDouble("estimate_high"), row.getString("estimate_source"));
    }

    private JobRecord record(ResultSet row) throws SQLException {
        Dialect dialect = jdbc.dialect();
        long ownerId = row.getLong("owner_id");
        // wasNull() answers for the column read last, so before the id is read.
        Long owner = row.wasNull() ? null : ownerId;
        NewJob job = new NewJob(UUID.fromString(row.getString("id")), owner,
                row.getString("template_ref"), row.getString("quality"), row.getInt("level"),
                ids(Json.parse(row.getString("preset_ids"))), revisions(Json.parse(row.getString("preset_revisions"))),
                (Value.Obj) Json.parse(row.getString("inputs")), (Value.Obj) Json.parse(row.getString("parameters")),
                estimate(row), row.getDouble("work_units"));
        Double runSeconds = nullableDouble(row, "run_seconds");
        RunMeasurements measurements = runSeconds == null ? null : new RunMeasurements(runSeconds,
                row.getDouble("cpu_seconds"), row.getLong("peak_memory_bytes"));
        return new JobRecord(job, JobStatus.of(row.getString("status")), dialect.instant(row, "created_at"),
                dialect.instant(row, "queued_at"), dialect.instant(row, "started_at"),
                dialect.instant(row, "finished_at"), nullableDouble(row, "queue_wait_seconds"), measurements,
                outputs(Json.parse(row.getString("outputs"))), row.getString("log"), row.getString("error"),
                row.getInt("attempt"), row.getString("worker"));
    }

    private static Value revisions(List<PresetRevision> revisions) {
        return Value.arr(revisions.stream().map(r -> {
            Map<String, Value> json = new LinkedHashMap<>();
            json.put("id", Value.of(r.id()));
            json.put("slug", Value.of(r.slug()));
            json.put("revision", Value.of(r.revision()));
            return new Value.Obj(json);
        }).toList());
    }

    private static List<PresetRevision> revisions(Value json) {
        return ((Value.Arr) json).items().stream().map(item -> {
            Map<String, Value> m = ((Value.Obj) item).members();
            return new PresetRevision(longOf(m.get("id")), ((Value.Str) m.get("slug")).value(),
                    longOf(m.get("revision")));
        }).toList();
    }

    private static Value outputs(List<JobOutput> outputs) {
        return Value.arr(outputs.stream().map(o -> {
            Map<String, Value> json = new LinkedHashMap<>();
            json.put("name", Value.of(o.name()));
            json.put("media_type", Value.of(o.mediaType()));
            json.put("bytes", Value.of(o.bytes()));
            return new Value.Obj(json);
        }).toList());
    }

    private static List<JobOutput> outputs(Value json) {
        return ((Value.Arr) json).items().stream().map(item -> {
            Map<String, Value> m = ((Value.Obj) item).members();
            return new JobOutput(((Value.Str) m.get("name")).value(), ((Value.Str) m.get("media_type")).value(),
                    longOf(m.get("bytes")));
        }).toList();
    }

    private static List<Long> ids(Value json) {
        return ((Value.Arr) json).items().stream().map(JdbcJobStore::longOf).toList();
    }

    private static long longOf(Value number) {
        return ((Value.Num) number).value().longValueExact();
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    static String bounded(String text, int max) {
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
