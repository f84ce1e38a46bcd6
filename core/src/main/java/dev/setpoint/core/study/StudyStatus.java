package dev.setpoint.core.study;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.SetpointException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Where a study is. */
public enum StudyStatus {
    RUNNING,
    /** Its budget or its space is used up, or its wall time ran out (then with a reason). */
    FINISHED,
    CANCELLED,
    /** It could not go on (its template went away, say), with the reason. */
    FAILED;

    /** The wire id, the name in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this wire id. */
    public static StudyStatus of(@Nullable String id) {
        for (StudyStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw SetpointException.invalid(
                Pointer.of("status"),
                "unknown study status " + (id == null ? "null" : "'" + id + "'")
                        + "; allowed: running, finished, cancelled, failed");
    }
}
