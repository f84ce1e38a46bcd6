package dev.setpoint.store;

import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.value.Value;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A study as stored. Its trials are rows of their own ({@link StudyTrialRow}).
 *
 * @param ownerId the submitting user; null for the command line without a server
 * @param spec what the study runs (the store does not read it)
 * @param reason why it ended as it did; null while it runs
 * @param startedAt when its wall time began to count
 */
public record StudyRecord(
        UUID id,
        @Nullable Long ownerId,
        @Nullable String name,
        Value.Obj spec,
        StudyStatus status,
        @Nullable String reason,
        Instant createdAt,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    public StudyRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
