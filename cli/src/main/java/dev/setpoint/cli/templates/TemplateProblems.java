package dev.setpoint.cli.templates;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
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
        return new SetpointException(e.kind(), e.problems().stream().map(TemplateProblems::fileFirst).toList());
    }

    private static Problem fileFirst(Problem problem) {
        Matcher m = FILE_PREFIX.matcher(problem.message());
        if (!m.matches()) {
            return problem;
        }
        return new Problem(problem.path().isEmpty() ? m.group(1) : m.group(1) + ": " + problem.path(), m.group(2));
    }
}
