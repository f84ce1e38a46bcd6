package dev.setpoint.jobs;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A batch to submit: its items, each a job of its own.
 *
 * @param kind {@code batch}, {@code comparison} or {@code sample}
 * @param spec what the batch was asked as, kept with it for those who show it (a comparison's levels)
 */
public record BatchSubmission(@Nullable String name, String kind, Value.Obj spec, List<JobSubmission> items) {

    public BatchSubmission {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(spec, "spec");
        items = List.copyOf(items);
    }
}
