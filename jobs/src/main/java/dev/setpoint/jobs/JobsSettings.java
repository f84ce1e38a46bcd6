package dev.setpoint.jobs;

import java.time.Duration;
import java.util.Map;

/**
 * How jobs run in this process.
 *
 * @param workers how many jobs run at once in this process
 * @param pollInterval how often JobRunr looks for work queued by other processes (5 s at least)
 */
public record JobsSettings(int workers, Duration pollInterval) {

    public static final Duration DEFAULT_POLL = Duration.ofSeconds(5);

    public JobsSettings {
        if (workers < 1 || workers > 256) {
            throw new IllegalArgumentException("workers must be 1 to 256, not " + workers);
        }
        if (pollInterval.compareTo(DEFAULT_POLL) < 0) {
            throw new IllegalArgumentException(
                    "JobRunr polls SQL databases every 5 s at the most often, not " + pollInterval);
        }
    }

    /** {@code SETPOINT_WORKERS}, else one worker per core. */
    public static JobsSettings fromEnvironment(Map<String, String> env) {
        String workers = env.get("SETPOINT_WORKERS");
        return new JobsSettings(workers == null || workers.isBlank() ? defaultWorkers() : parse(workers), DEFAULT_POLL);
    }

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SETPOINT_WORKERS must be a number, not '" + text + "'", e);
        }
    }
}
