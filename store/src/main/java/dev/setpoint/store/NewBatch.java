package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A batch as it is submitted: its jobs in item order, each with the chunk that will run it.
 *
 * @param jobs the items, each owned by {@code ownerId}
 * @param chunks the chunk of each item, by index: consecutive items share one
 */
public record NewBatch(
        UUID id,
        @Nullable Long ownerId,
        @Nullable String name,
        String kind,
        Value.Obj spec,
        List<NewJob> jobs,
        List<UUID> chunks) {

    /** What a batch may be; comparisons and sample previews are batches too. */
    public static final Set<String> KINDS = Set.of("batch", "comparison", "sample");

    public NewBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("a batch's kind is batch, comparison or sample, not " + kind);
        }
        jobs = List.copyOf(jobs);
        chunks = List.copyOf(chunks);
        if (jobs.isEmpty() || chunks.size() != jobs.size()) {
            throw new IllegalArgumentException("a batch needs at least one job and a chunk for each: " + jobs.size()
                    + " jobs, " + chunks.size() + " chunks");
        }
        if (jobs.stream().anyMatch(job -> !Objects.equals(job.ownerId(), ownerId))) {
            throw new IllegalArgumentException("a batch's jobs belong to its owner");
        }
    }
}
