package dev.setpoint.store;

import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link BatchStore} on JDBC. A batch's jobs are rows of {@code jobs}, inserted with the batch in one
 * transaction as one JDBC batch; their counts are one grouped query, for one batch or a page of them.
 */
final class JdbcBatchStore implements BatchStore {

    private static final NamedSql INSERT = NamedSql.parse("""
            INSERT INTO batches (id, owner_id, name, kind, spec, created_at, item_count)
            VALUES (:id, :owner_id, :name, :kind, :spec, :now, :item_count)
            """);
    private static final NamedSql BY_ID = NamedSql.parse("SELECT * FROM batches b WHERE b.id = :id");
    private static final String PAGE = " ORDER BY b.created_at DESC, b.id LIMIT :limit OFFSET :offset";
    // Sums of a batch's jobs per status; %s selects the batches' ids.
    private static final String COUNTS = """
            SELECT batch_id, status, count(*) AS n, sum(estimate_seconds) AS estimate, sum(run_seconds) AS measured
            FROM jobs WHERE batch_id IN (%s) GROUP BY batch_id, status
            """;
    private static final NamedSql COUNTS_OF_ONE = NamedSql.parse(COUNTS.formatted(":id"));
    private static final NamedSql JOBS =
            NamedSql.parse("SELECT * FROM jobs j WHERE j.batch_id = :batch_id ORDER BY j.batch_index");
    private static final NamedSql CANCEL = NamedSql.parse("""
            UPDATE jobs SET status = 'cancelled', finished_at = :now
            WHERE batch_id = :batch_id AND status IN ('queued', 'running')
            RETURNING id, chunk_id
            """);
    // As a single job's start (JdbcJobStore.START), for every unfinished item of the chunk at once.
    private static final String CLAIM = """
            UPDATE jobs SET status = 'running', attempt = attempt + 1, started_at = :now, worker = :worker,
                queue_wait_seconds = %s
            WHERE chunk_id = :chunk_id AND status IN ('queued', 'running')
            RETURNING *
            """;
    private static final NamedSql UNFINISHED_CHUNKS = NamedSql.parse("""
            SELECT chunk_id FROM jobs
            WHERE status IN ('queued', 'running') AND queued_at < :before AND chunk_id IS NOT NULL
            GROUP BY chunk_id ORDER BY min(queued_at) LIMIT :limit
            """);

    private final Jdbc jdbc;
    private final Clock clock;
    private final JdbcJobStore jobs;
    private final NamedSql claim;

    JdbcBatchStore(Jdbc jdbc, Clock clock, JdbcJobStore jobs) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.jobs = jobs;
        this.claim = NamedSql.parse(CLAIM.formatted(jdbc.dialect().secondsSince("queued_at", "now")));
    }

    @Override
    public BatchRecord create(NewBatch batch) {
        Instant now = clock.instant();
        jdbc.transaction(c -> {
            try (NamedStatement s = INSERT.prepare(c, jdbc.dialect())) {
                s.set("id", batch.id().toString())
                        .set("owner_id", batch.ownerId())
                        .set("name", batch.name())
                        .set("kind", batch.kind())
                        .setJson("spec", Json.write(batch.spec()))
                        .set("now", now)
                        .set("item_count", batch.jobs().size())
                        .executeUpdate();
            }
            try (NamedStatement s = JdbcJobStore.prepareInsert(c, jdbc.dialect())) {
                s.set("batch_id", batch.id().toString());
                for (int i = 0; i < batch.jobs().size(); i++) {
                    JdbcJobStore.bindNew(s, batch.jobs().get(i), JobStatus.QUEUED, now, null, 0)
                            .set("batch_index", i)
                            .set("chunk_id", batch.chunks().get(i).toString())
                            .addBatch();
                }
                return s.executeBatch();
            }
        });
        double estimate = batch.jobs().stream()
                .mapToDouble(job -> job.estimate().seconds())
                .sum();
        return new BatchRecord(
                batch.id(),
                batch.ownerId(),
                batch.name(),
                batch.kind(),
                batch.spec(),
                now,
                batch.jobs().size(),
                Map.of(JobStatus.QUEUED, batch.jobs().size()),
                estimate,
                0);
    }

    @Override
    public Optional<BatchRecord> find(UUID id) {
        return jdbc.read(c -> {
            List<BatchRecord> found = batches(c, BY_ID, Map.of("id", id.toString()), COUNTS_OF_ONE);
            return found.stream().findFirst();
        });
    }

    @Override
    public Optional<BatchRecord> find(Viewer viewer, UUID id) {
        return find(id).filter(batch -> batch.ownerId() != null && batch.ownerId() == viewer.userId());
    }

    @Override
    public Page<BatchRecord> list(Viewer viewer, int offset, int limit) {
        return list("b.owner_id = :owner_id", Map.of("owner_id", viewer.userId()), offset, limit);
    }

    @Override
    public Page<BatchRecord> listOwnerless(int offset, int limit) {
        return list("b.owner_id IS NULL", Map.of(), offset, limit);
    }

    private Page<BatchRecord> list(String owner, Map<String, Object> filter, int offset, int limit) {
        JobQuery.everything(offset, limit); // the same bounds as a job list
        Map<String, Object> arguments = new LinkedHashMap<>(filter);
        arguments.put("limit", limit);
        arguments.put("offset", offset);
        NamedSql count = NamedSql.parse("SELECT count(*) FROM batches b WHERE " + owner);
        NamedSql page = NamedSql.parse("SELECT * FROM batches b WHERE " + owner + PAGE);
        NamedSql counts = NamedSql.parse(COUNTS.formatted("SELECT b.id FROM batches b WHERE " + owner + PAGE));
        return jdbc.read(c -> {
            long total;
            try (NamedStatement s = count.prepare(c, jdbc.dialect()).setAll(filter);
                    ResultSet result = s.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            return new Page<>(batches(c, page, arguments, counts), total, offset, limit);
        });
    }

    /** The batches {@code select} finds, in its order, with the counts {@code counts} sums for them. */
    private List<BatchRecord> batches(Connection c, NamedSql select, Map<String, Object> arguments, NamedSql counts)
            throws SQLException {
        Map<String, Sums> sums = new HashMap<>();
        try (NamedStatement s = counts.prepare(c, jdbc.dialect()).setAll(arguments);
                ResultSet row = s.executeQuery()) {
            while (row.next()) {
                sums.computeIfAbsent(row.getString("batch_id"), id -> new Sums())
                        .add(row);
            }
        }
        List<BatchRecord> found = new ArrayList<>();
        try (NamedStatement s = select.prepare(c, jdbc.dialect()).setAll(arguments);
                ResultSet row = s.executeQuery()) {
            while (row.next()) {
                found.add(record(row, sums.getOrDefault(row.getString("id"), new Sums())));
            }
        }
        return found;
    }

    /** A batch's jobs added up by status. */
    private static final class Sums {
        final Map<JobStatus, Integer> counts = new EnumMap<>(JobStatus.class);
        double estimate;
        double measured;

        void add(ResultSet row) throws SQLException {
            counts.put(JobStatus.of(row.getString("status")), row.getInt("n"));
            estimate += row.getDouble("estimate");
            measured += row.getDouble("measured");
        }
    }

    private BatchRecord record(ResultSet row, Sums sums) throws SQLException {
        long ownerId = row.getLong("owner_id");
        Long owner = row.wasNull() ? null : ownerId;
        return new BatchRecord(
                UUID.fromString(row.getString("id")),
                owner,
                row.getString("name"),
                row.getString("kind"),
                (Value.Obj) Json.parse(row.getString("spec")),
                jdbc.dialect().instant(row, "created_at"),
                row.getInt("item_count"),
                sums.counts,
                sums.estimate,
                sums.measured);
    }

    @Override
    public List<JobRecord> jobs(UUID batchId) {
        return jdbc.read(c -> {
            List<JobRecord> items = new ArrayList<>();
            try (NamedStatement s = JOBS.prepare(c, jdbc.dialect()).set("batch_id", batchId.toString());
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    items.add(jobs.record(row));
                }
            }
            return items;
        });
    }

    @Override
    public List<CancelledItem> cancel(UUID batchId) {
        Instant now = clock.instant();
        return jdbc.transaction(c -> {
            List<CancelledItem> cancelled = new ArrayList<>();
            try (NamedStatement s =
                            CANCEL.prepare(c, jdbc.dialect()).set("now", now).set("batch_id", batchId.toString());
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    cancelled.add(new CancelledItem(
                            UUID.fromString(row.getString("id")), UUID.fromString(row.getString("chunk_id"))));
                }
            }
            return cancelled;
        });
    }

    @Override
    public Optional<ClaimedChunk> claim(UUID chunkId, String worker) {
        Instant now = clock.instant();
        return jdbc.transaction(c -> {
            record Item(int index, String batchId, JobRecord job) {}
            List<Item> items = new ArrayList<>();
            try (NamedStatement s = claim.prepare(c, jdbc.dialect())
                            .set("now", now)
                            .set("worker", worker)
                            .set("chunk_id", chunkId.toString());
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    items.add(new Item(row.getInt("batch_index"), row.getString("batch_id"), jobs.record(row)));
                }
            }
            // RETURNING gives the rows in no promised order.
            items.sort(Comparator.comparingInt(Item::index));
            return items.isEmpty()
                    ? Optional.<ClaimedChunk>empty()
                    : Optional.of(new ClaimedChunk(
                            UUID.fromString(items.get(0).batchId()),
                            items.stream().map(Item::job).toList()));
        });
    }

    @Override
    public List<JobEnd> finish(List<JobEnd> ends) {
        if (ends.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return jdbc.transaction(c -> {
            int[] changed;
            try (NamedStatement s = jobs.prepareFinish(c)) {
                for (JobEnd end : ends) {
                    JdbcJobStore.bindEnd(s, end, now).addBatch();
                }
                changed = s.executeBatch();
            }
            List<JobEnd> recorded = new ArrayList<>();
            for (int i = 0; i < ends.size(); i++) {
                if (changed[i] > 0) {
                    recorded.add(ends.get(i));
                }
            }
            return recorded;
        });
    }

    @Override
    public List<UUID> unfinishedChunksLongerThan(Duration wait, int limit) {
        Instant before = clock.instant().minus(wait);
        return jdbc.read(c -> {
            List<UUID> chunks = new ArrayList<>();
            try (NamedStatement s = UNFINISHED_CHUNKS
                            .prepare(c, jdbc.dialect())
                            .set("before", before)
                            .set("limit", limit);
                    ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    chunks.add(UUID.fromString(row.getString("chunk_id")));
                }
            }
            return chunks;
        });
    }
}
