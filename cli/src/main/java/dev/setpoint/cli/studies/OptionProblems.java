package dev.setpoint.cli.studies;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A study's problems, which core and the server point at the request ({@code /objectives/0/metric}),
 * at the options they came from: {@code --objective 'max ssim'}, {@code --trials}.
 */
final class OptionProblems {

    private static final Pattern LISTED = Pattern.compile("/(objectives|constraints)/(\\d+)(?:/.*)?");
    private static final Map<String, String> OPTIONS = Map.of(
            "/budget/max_trials", "--trials",
            "/budget/max_seconds", "--max-time",
            "/budget/parallelism", "--parallel",
            "/strategy", "--strategy",
            "/seed", "--seed",
            "/inputs", "--input");

    private OptionProblems() {}

    /** {@code e} with its pointers at the options that gave {@code objectives} and {@code constraints}. */
    static SetpointException atOptions(SetpointException e, List<String> objectives, List<String> constraints) {
        return new SetpointException(
                e.kind(),
                e.problems().stream()
                        .map(p -> new Problem(option(p.path(), objectives, constraints), p.message()))
                        .toList(),
                e);
    }

    private static String option(String path, List<String> objectives, List<String> constraints) {
        Matcher listed = LISTED.matcher(path);
        if (listed.matches()) {
            boolean objective = listed.group(1).equals("objectives");
            List<String> given = objective ? objectives : constraints;
            int index = Integer.parseInt(listed.group(2));
            String option = objective ? "--objective" : "--constraint";
            return index < given.size() ? option + " '" + given.get(index) + "'" : option;
        }
        if (path.startsWith("/inputs/")) {
            return "--input " + path.substring("/inputs/".length());
        }
        return OPTIONS.getOrDefault(path, path);
    }
}
