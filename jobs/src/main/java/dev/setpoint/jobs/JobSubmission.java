package dev.setpoint.jobs;

import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.PresetRevision;
import java.util.List;
import java.util.Objects;

/**
 * A job to submit: the same request apply resolves, plus what the job records about where it came
 * from.
 *
 * @param presetIds the stored parameter presets merged in, in order (empty for presets from files)
 * @param revisions every stored preset used, at its revision now
 * @param inputs the explicit inputs as given
 */
public record JobSubmission(
        ApplyRequest request, List<Long> presetIds, List<PresetRevision> revisions, Value.Obj inputs) {

    public JobSubmission {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(inputs, "inputs");
        presetIds = List.copyOf(presetIds);
        revisions = List.copyOf(revisions);
    }
}
