package dev.setpoint.cli.templates;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core's template loader starts each message with the file's name ({@code x.yaml: message}, at a
 * pointer into the file). The command line puts the file first, as for every other file:
 * {@code x.yaml: /inputs/steps/min: message}.
 */
final class TemplateProblems {

    private static final Pattern FILE_PREFIX = Pattern.compile("(.+?\\.ya?ml): (.*)", Pattern.DOTALL);

    private TemplateProblems() {}

    static SetpointException fileFirst(SetpointException e) {
        return fileFirst(e, UnaryOperator.identity());
    }

    /** Like {@link #fileFirst(SetpointException)}, showing each file's name as {@code display} maps it. */
    static SetpointException fileFirst(SetpointException e, UnaryOperator<String> display) {
        return new SetpointException(
                e.kind(), e.problems().stream().map(p -> fileFirst(p, display)).toList());
    }

    private static Problem fileFirst(Problem problem, UnaryOperator<String> display) {
        Matcher m = FILE_PREFIX.matcher(problem.message());
        if (!m.matches()) {
            return problem;
        }
        String file = display.apply(m.group(1));
        return new Problem(problem.path().isEmpty() ? file : file + ": " + problem.path(), m.group(2));
    }
}
