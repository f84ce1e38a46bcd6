package dev.setpoint.runner;

import java.util.Objects;

/** Whether a template can run here, and with what; or why not. */
public sealed interface Availability {

    /** The template can run with this executor (a backend being down is a run failure, not this). */
    record Available(Executor executor) implements Availability {
        public Available {
            Objects.requireNonNull(executor, "executor");
        }
    }

    /** The template cannot run here, for a reason a user can act on. */
    record Unavailable(String reason) implements Availability {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
