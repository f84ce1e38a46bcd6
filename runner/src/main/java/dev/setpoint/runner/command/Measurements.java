package dev.setpoint.runner.command;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import dev.setpoint.runner.Metrics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command template's {@code measure} steps, run after the command succeeded: each program's output
 * lines give the metrics its patterns find (the group {@code value} of the first line that matches,
 * times {@code scale}). A step that cannot start, times out or exits non-zero leaves its metrics out
 * and says why in the run's log; it never fails the run, since the output is there. A cancel during
 * a step cancels the run. Each step is noted for orphan recovery and its usage counts as the run's.
 */
final class Measurements {

    private static final int STEP_LOG_CHARS = 16 * 1024;

    private Measurements() {}

    static Map<String, Value> measure(
            Template template,
            Execution.Command command,
            Map<String, Value> values,
            Path workDir,
            ProcessTreeUsage usage,
            RunLog log)
            throws InterruptedException {
        Map<String, Double> measured = new HashMap<>();
        for (Execution.Measure step : command.measure()) {
            measured.putAll(step(template, step, values, workDir, usage, log));
        }
        return Metrics.declared(template, measured);
    }

    private static Map<String, Double> step(
            Template template,
            Execution.Measure step,
            Map<String, Value> values,
            Path workDir,
            ProcessTreeUsage usage,
            RunLog log)
            throws InterruptedException {
        List<String> argv = ArgumentVector.arguments(template, step.argv(), values, workDir);
        Map<String, Pattern> patterns = step.metrics().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> Pattern.compile(e.getValue().pattern())));
        Map<String, Double> found = new ConcurrentHashMap<>();
        RunLog output = new RunLog(STEP_LOG_CHARS);
        String names = String.join(", ", step.metrics().keySet());
        try {
            int exit = CommandExecutor.execute(
                    argv,
                    workDir,
                    step.timeout(),
                    usage,
                    (line, error) -> {
                        output.append(line, error);
                        find(line, patterns, step, found);
                    },
                    () -> {});
            if (exit != 0) {
                log.append(
                        "measure: " + argv.get(0) + " exited with code " + exit + "; not measured: " + names
                                + CommandExecutor.errorTail(output),
                        true);
                return Map.of();
            }
        } catch (SetpointException e) {
            log.append("measure: " + e.getMessage() + "; not measured: " + names, true);
            return Map.of();
        }
        log.append("measure: " + argv.get(0) + ": " + describe(step, found), false);
        return found;
    }

    /** Keeps, for each metric not yet found, the number of this line if its pattern finds one. */
    private static void find(
            String line, Map<String, Pattern> patterns, Execution.Measure step, Map<String, Double> found) {
        patterns.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(line);
            String value = !found.containsKey(name) && m.find() ? m.group("value") : null;
            if (value != null) {
                try {
                    found.putIfAbsent(
                            name,
                            Double.parseDouble(value) * step.metrics().get(name).scale());
                } catch (NumberFormatException e) {
                    // Not a number after all (an "N/A", an "inf"): this line does not measure it.
                }
            }
        });
    }

    private static String describe(Execution.Measure step, Map<String, Double> found) {
        return step.metrics().keySet().stream()
                .map(name -> found.containsKey(name) ? name + " " + found.get(name) : name + " not found in its output")
                .collect(Collectors.joining(", "));
    }
}
