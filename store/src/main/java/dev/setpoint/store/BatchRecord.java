package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch as stored, with where its items are now.
 *
 * @param ownerId the submitting user; null for the command line without a server
 * @param kind {@code batch}, {@code comparison} or {@code sample}
 * @param spec what the batch was submitted as (the store does not read it)
 * @param items how many jobs the batch has
 * @param counts how many of its jobs are in each status (every status, 0 when none)
 * @param estimateSeconds the sum of its jobs' estimates
 * @param measuredSeconds the sum of the run times its jobs have recorded so far
 */
public record BatchRecord(
        UUID id,
        @Nullable Long ownerId,
        @Nullable String name,
        String kind,
        Value.Obj spec,
        Instant createdAt,
        int items,
        Map<JobStatus, Integer> counts,
        double estimateSeconds,
        double measuredSeconds) {

    public BatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(createdAt, "createdAt");
        Map<JobStatus, Integer> all = new EnumMap<>(JobStatus.class);
        for (JobStatus status : JobStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** How many of its jobs have ended (succeeded, failed or cancelled). */
    public int finished() {
        return counts.get(JobStatus.SUCCEEDED) + counts.get(JobStatus.FAILED) + counts.get(JobStatus.CANCELLED);
    }

    /** Whether every one of its jobs has ended. */
    public boolean ended() {
        return finished() >= items;
    }
}
