package dev.setpoint.store;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@link StudyStore} on JDBC. The spec and the points are kept as the text they were written as (on
 * PostgreSQL too, where JSONB would reorder their members), so a study reads back its space in the
 * order it was stored.
 */
final class JdbcStudyStore implements StudyStore {

    private static final NamedSql INSERT = NamedSql.parse("""
            INSERT INTO studies (id, owner_id, name, spec, status, created_at, started_at)
            VALUES (:id, :owner_id, :name, :spec, 'running', :now, :now)
            """);
    private static final String SELECT = "SELECT * FROM studies s ";
    private static final NamedSql BY_ID = NamedSql.parse(SELECT + "WHERE s.id = :id");
    private static final NamedSql RUNNING =
            NamedSql.parse(SELECT + "WHERE s.status = 'running' ORDER BY s.created_at, s.id");
    private static final String PAGE = " ORDER BY s.created_at DESC, s.id LIMIT :limit OFFSET :offset";
    // Locks the study until commit (PostgreSQL; SQLite writes one transaction at a time), so that a
    // trial is never added beside a finish that cancels the study's jobs.
    private static final String STATUS_FOR_UPDATE = "SELECT s.status FROM studies s WHERE s.id = :id%s";
    private static final NamedSql INSERT_TRIAL = NamedSql.parse("""
            INSERT INTO study_trials (study_id, trial_index, point, job_id, failure)
            VALUES (:study_id, :trial_index, :point, :job_id, :failure)
            """);
    private static final NamedSql TRIALS = NamedSql.parse("""
            SELECT t.trial_index, t.point, t.job_id, t.failure, j.status, j.error, j.run_seconds, j.metrics
            FROM study_trials t LEFT JOIN jobs j ON j.id = t.job_id
            WHERE t.study_id = :study_id ORDER BY t.trial_index
            """);
    private static final NamedSql FINISH = NamedSql.parse("""
            UPDATE studies SET status = :status, reason = :reason, finished_at = :now
            WHERE id = :id AND status = 'running'
            """);
    private static final NamedSql CANCEL_JOBS = NamedSql.parse("""
            UPDATE jobs SET status = 'cancelled', finished_at = :now
            WHERE id IN (SELECT job_id FROM study_trials WHERE study_id = :study_id)
                AND status IN ('queued', 'running')
            RETURNING id
            """);

    private final Jdbc jdbc;
    private final Clock clock;
    private final NamedSql statusForUpdate;

    JdbcStudyStore(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.statusForUpdate =
                NamedSql.parse(STATUS_FOR_UPDATE.formatted(jdbc.dialect().forUpdate("s")));
    }

    @Override
    public StudyRecord create(UUID id, @Nullable Long ownerId, @Nullable String name, Value.Obj spec) {
        Instant now = now();
        jdbc.transaction(c -> {
            try (NamedStatement s = INSERT.prepare(c, jdbc.dialect())) {
                return s.set("id", id.toString())
                        .set("owner_id", ownerId)
                        .set("name", name)
                        .set("spec", Json.write(spec))
                        .set("now", now)
                        .executeUpdate();
            }
        });
        return new StudyRecord(id, ownerId, name, spec, StudyStatus.RUNNING, null, now, now, null);
    }

    @Override
    public Optional<StudyRecord> find(UUID id) {
        return jdbc.read(c ->
                studies(c, BY_ID, Map.of("id", id.toString())).stream().findFirst());
    }

    @Override
    public Optional<StudyRecord> find(Viewer viewer, UUID id) {
        return find(id).filter(study -> study.ownerId() != null && study.ownerId() == viewer.userId());
    }

    @Override
    public Page<StudyRecord> list(Viewer viewer, int offset, int limit) {
        return list("s.owner_id = :owner_id", Map.of("owner_id", viewer.userId()), offset, limit);
    }

    @Override
    public Page<StudyRecord> listOwnerless(int offset, int limit) {
        return list("s.owner_id IS NULL", Map.of(), offset, limit);
    }

    private Page<StudyRecord> list(String owner, Map<String, Object> filter, int offset, int limit) {
        JobQuery.everything(offset, limit); // the same bounds as a job list
        Map<String, Object> arguments = new LinkedHashMap<>(filter);
        arguments.put("limit", limit);
        arguments.put("offset", offset);
        NamedSql count = NamedSql.parse("SELECT count(*) FROM studies s WHERE " + owner);
        NamedSql page = NamedSql.parse(SELECT + "WHERE " + owner + PAGE);
        return jdbc.read(c -> {
            long total;
            try (NamedStatement s = count.prepare(c, jdbc.dialect()).setAll(filter);
                    ResultSet result = s.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            return new Page<>(studies(c, page, arguments), total, offset, limit);
        });
    }

    @Override
    public List<StudyRecord> running() {
        return jdbc.read(c -> studies(c, RUNNING, Map.of()));
    }

    private List<StudyRecord> studies(Connection c, NamedSql select, Map<String, Object> arguments)
            throws SQLException {
        List<StudyRecord> found = new ArrayList<>();
        try (NamedStatement s = select.prepare(c, jdbc.dialect()).setAll(arguments);
                ResultSet row = s.executeQuery()) {
            while (row.next()) {
                found.add(record(row));
            }
        }
        return found;
    }

    private StudyRecord record(ResultSet row) throws SQLException {
        Dialect dialect = jdbc.dialect();
        long ownerId = row.getLong("owner_id");
        Long owner = row.wasNull() ? null : ownerId;
        return new StudyRecord(
                UUID.fromString(row.getString("id")),
                owner,
                row.getString("name"),
                (Value.Obj) Json.parse(row.getString("spec")),
                StudyStatus.of(row.getString("status")),
                row.getString("reason"),
                dialect.instant(row, "created_at"),
                dialect.instant(row, "started_at"),
                dialect.instant(row, "finished_at"));
    }

    @Override
    public void addTrial(UUID studyId, NewTrial trial) {
        Instant now = now();
        jdbc.transaction(c -> {
            requireRunning(c, studyId);
            NewJob job = trial.job();
            if (job != null) {
                try (NamedStatement s = JdbcJobStore.prepareInsert(c, jdbc.dialect())) {
                    JdbcJobStore.bindNew(s, job, JobStatus.QUEUED, now, null, 0)
                            .set("batch_id", (String) null)
                            .set("batch_index", (Long) null)
                            .set("chunk_id", (String) null)
                            .executeUpdate();
                }
            }
            try (NamedStatement s = INSERT_TRIAL.prepare(c, jdbc.dialect())) {
                return s.set("study_id", studyId.toString())
                        .set("trial_index", trial.index())
                        .set("point", Json.write(trial.point()))
                        .set("job_id", job == null ? null : job.id().toString())
                        .set("failure", trial.failure())
                        .executeUpdate();
            } catch (SQLException e) {
                if (jdbc.dialect().isUniqueViolation(e)) {
                    throw conflict(studyId, "has a trial " + trial.index() + " already");
                }
                throw e;
            }
        });
    }

    private void requireRunning(Connection c, UUID studyId) throws SQLException {
        try (NamedStatement s = statusForUpdate.prepare(c, jdbc.dialect()).set("id", studyId.toString());
                ResultSet row = s.executeQuery()) {
            if (!row.next()) {
                throw SetpointException.notFound("id", "no study " + studyId);
            }
            String status = row.getString("status");
            if (!status.equals(StudyStatus.RUNNING.id())) {
                throw conflict(studyId, "has ended (" + status + "): it takes no more trials");
            }
        }
    }

    private static SetpointException conflict(UUID studyId, String what) {
        return new SetpointException(Kind.CONFLICT, "trial", "study " + studyId + " " + what);
    }

    @Override
    public List<StudyTrialRow> trials(UUID studyId) {
        return jdbc.read(c -> {
            List<StudyTrialRow> trials = new ArrayList<>();
            try (NamedStatement s = TRIALS.prepare(c, jdbc.dialect()).set("study_id", studyId.toString());
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    trials.add(trial(row));
                }
            }
            return trials;
        });
    }

    private static StudyTrialRow trial(ResultSet row) throws SQLException {
        String jobId = row.getString("job_id");
        String status = row.getString("status");
        String failure = row.getString("failure");
        double runSeconds = row.getDouble("run_seconds");
        Double measured = row.wasNull() ? null : runSeconds;
        String metrics = row.getString("metrics");
        return new StudyTrialRow(
                row.getInt("trial_index"),
                (Value.Obj) Json.parse(row.getString("point")),
                jobId == null ? null : UUID.fromString(jobId),
                status == null ? null : JobStatus.of(status),
                failure != null ? failure : row.getString("error"),
                measured,
                metrics == null ? new Value.Obj(Map.of()) : (Value.Obj) Json.parse(metrics));
    }

    @Override
    public Optional<List<UUID>> finish(UUID id, StudyStatus status, @Nullable String reason) {
        if (status == StudyStatus.RUNNING) {
            throw new IllegalArgumentException("a study ends finished, cancelled or failed, not running");
        }
        Instant now = now();
        return jdbc.transaction(c -> {
            try (NamedStatement s = FINISH.prepare(c, jdbc.dialect())) {
                int changed = s.set("status", status.id())
                        .set("reason", reason)
                        .set("now", now)
                        .set("id", id.toString())
                        .executeUpdate();
                if (changed == 0) {
                    return Optional.<List<UUID>>empty();
                }
            }
            List<UUID> cancelled = new ArrayList<>();
            try (NamedStatement s = CANCEL_JOBS
                            .prepare(c, jdbc.dialect())
                            .set("now", now)
                            .set("study_id", id.toString());
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    cancelled.add(UUID.fromString(row.getString("id")));
                }
            }
            return Optional.of(cancelled);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
