package dev.setpoint.store;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters and page of a job list, newest first. Null filters match everything.
 *
 * @param template a template id ({@code sd-image}) or ref ({@code sd-image@1.0.0}), at most
 *     {@link PresetQuery#MAX_FILTER_LENGTH} characters
 */
public record JobQuery(@Nullable JobStatus status, @Nullable String template, int offset, int limit) {

    public JobQuery {
        template = template == null || template.isBlank() ? null : template.strip();
        List<Problem> problems = new ArrayList<>();
        PresetQuery.tooLong("template", template, problems);
        if (offset < 0) {
            problems.add(new Problem("offset", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > PresetQuery.MAX_LIMIT) {
            problems.add(new Problem("limit", "limit must be 1 to " + PresetQuery.MAX_LIMIT + ", not " + limit));
        }
        SetpointException.throwIfAny(problems);
    }

    /** Every job in the list, newest first, {@code limit} of them from {@code offset} on. */
    public static JobQuery everything(int offset, int limit) {
        return new JobQuery(null, null, offset, limit);
    }
}
