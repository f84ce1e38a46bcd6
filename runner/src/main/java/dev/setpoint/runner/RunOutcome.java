package dev.setpoint.runner;

import dev.setpoint.core.value.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a successful run produced.
 *
 * @param outputs the files written, in the order a user would look at them
 * @param log what the run printed or reported, for the job's log
 * @param metrics measurements of the output the executor can make itself (for example a quality
 *     score); may be empty
 * @param processes what the processes the run started used; {@link ProcessUsage#NONE} when it
 *     started none
 */
public record RunOutcome(List<Output> outputs, String log, Map<String, Value> metrics, ProcessUsage processes) {

    public RunOutcome {
        outputs = List.copyOf(outputs);
        log = log == null ? "" : log;
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        Objects.requireNonNull(processes, "processes");
    }

    /** The outcome of a run that started no process. */
    public RunOutcome(List<Output> outputs, String log, Map<String, Value> metrics) {
        this(outputs, log, metrics, ProcessUsage.NONE);
    }
}
