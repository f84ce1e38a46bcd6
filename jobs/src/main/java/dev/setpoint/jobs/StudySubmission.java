package dev.setpoint.jobs;

import dev.setpoint.core.study.StudySpec;
import dev.setpoint.core.value.Value;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A study to submit.
 *
 * @param base the request resolved as for a single job: the template, the quality, the parameter
 *     presets whose merge is the search space (with its strategy), and the fixed inputs, which leave
 *     the space
 * @param quality the quality as the client named it ({@code "standard"}, a custom preset's id), which
 *     every trial is resolved at again, after a restart too
 */
public record StudySubmission(@Nullable String name, JobSubmission base, Value quality, StudySpec spec) {

    public StudySubmission {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(spec, "spec");
    }
}
