package dev.setpoint.jobs;

import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.value.Value;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Makes a trial's request as a single job's is made where the study runs (the server with the
 * owner's presets, the command line with its data directory's): the template at its pinned version,
 * the quality as the client named it, and the trial's inputs (the fixed ones and its whole point), with
 * no parameter presets.
 */
@FunctionalInterface
public interface TrialRequests {

    /**
     * @param templateRef {@code id@version}
     * @throws dev.setpoint.core.SetpointException when the request cannot be made (the template or the
     *     quality preset gone): the trial fails with the message
     */
    ApplyRequest request(@Nullable Long ownerId, String templateRef, Value quality, Map<String, Value> inputs);
}
