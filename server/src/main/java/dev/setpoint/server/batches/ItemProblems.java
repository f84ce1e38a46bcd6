package dev.setpoint.server.batches;

import dev.setpoint.core.Pointer;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problems of one part of a request body, moved under that part's pointer ({@code /items/3}). */
final class ItemProblems {

    /** Kinds that say the input is wrong; the others (a busy database, a full disk) are not the item's. */
    private static final Set<Kind> INPUT = Set.of(Kind.INVALID, Kind.NOT_FOUND, Kind.INCOMPATIBLE, Kind.TOO_LARGE);

    /** {@code /items/N} and anything below it. */
    private static final Pattern ITEM = Pattern.compile("(/items/\\d+)(?:/.*)?");

    private ItemProblems() {}

    /**
     * The problems of reading a body under {@code prefix}: a pointer ({@code /quality}) goes below it,
     * an empty path is the prefix itself, a bare name is that member of the body ({@code template}).
     *
     * @throws SetpointException {@code e} itself when it is not about the input
     */
    static List<Problem> under(String prefix, SetpointException e) {
        if (!INPUT.contains(e.kind())) {
            throw e;
        }
        return e.problems().stream().map(p -> under(prefix, p)).toList();
    }

    /**
     * The batch service's problems of a comparison's items, at the comparison body's pointers: an
     * item's quality is the level or preset it was asked as ({@code selections}, by item), the rest
     * is the body's own (shared by every item, so reported once).
     */
    static SetpointException inComparison(SetpointException e, List<String> selections) {
        List<Problem> problems = e.problems().stream()
                .map(p -> inComparison(p, selections))
                .distinct()
                .toList();
        return new SetpointException(e.kind(), problems, e);
    }

    private static Problem inComparison(Problem problem, List<String> selections) {
        Matcher item = ITEM.matcher(problem.path());
        if (!item.matches()) {
            return problem;
        }
        int index = Integer.parseInt(item.group(1).substring("/items/".length()));
        String rest = problem.path().substring(item.end(1));
        boolean quality = rest.isEmpty() || rest.equals("/quality");
        return new Problem(quality && index < selections.size() ? selections.get(index) : rest, problem.message());
    }

    static Problem under(String prefix, Problem problem) {
        String path = problem.path();
        String at = path.isEmpty() ? prefix : path.startsWith("/") ? prefix + path : Pointer.child(prefix, path);
        return new Problem(at, problem.message());
    }
}
