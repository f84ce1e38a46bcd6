package dev.setpoint.core.template;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a command's measurements and stage that the schema cannot express: a measured metric
 * must be declared in {@code metrics:}, and every pattern must compile with a group {@code value}.
 */
final class MetricChecks {

    private static final Pattern VALUE_GROUP = Pattern.compile("\\(\\?<value>");

    private MetricChecks() {}

    static List<Problem> problems(@Nullable Execution execution, List<MetricSpec> metrics) {
        List<Problem> problems = new ArrayList<>();
        if (!(execution instanceof Execution.Command command)) {
            return problems;
        }
        List<String> declared = metrics.stream().map(MetricSpec::name).toList();
        for (int i = 0; i < command.measure().size(); i++) {
            String at = Pointer.of("execution", "command", "measure", Integer.toString(i), "metrics");
            for (Map.Entry<String, Execution.Capture> e :
                    command.measure().get(i).metrics().entrySet()) {
                String metricAt = Pointer.child(at, e.getKey());
                if (!declared.contains(e.getKey())) {
                    problems.add(new Problem(metricAt, undeclared(e.getKey(), declared)));
                }
                checkPattern(e.getValue(), metricAt, problems);
            }
        }
        if (command.stage() != null) {
            command.stage()
                    .values()
                    .forEach((name, capture) -> checkPattern(
                            capture, Pointer.of("execution", "command", "stage", "values", name), problems));
        }
        return problems;
    }

    private static String undeclared(String name, List<String> declared) {
        return "'" + name + "' is not a declared metric; "
                + (declared.isEmpty()
                        ? "this template declares none (add it under metrics:)"
                        : "declared are " + String.join(", ", declared));
    }

    private static void checkPattern(Execution.Capture capture, String at, List<Problem> problems) {
        String patternAt = Pointer.child(at, "pattern");
        try {
            Pattern.compile(capture.pattern());
            if (!VALUE_GROUP.matcher(capture.pattern()).find()) {
                problems.add(new Problem(patternAt, "needs a group (?<value>...) holding the number"));
            }
        } catch (PatternSyntaxException e) {
            problems.add(new Problem(patternAt, "not a regular expression: " + e.getDescription()));
        }
    }
}
