package dev.setpoint.server.batches;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.util.List;
import java.util.Set;

/** Problems of one part of a request body, moved under that part's pointer ({@code /items/3}). */
final class ItemProblems {

    /** Kinds that say the input is wrong; the others (a busy database, a full disk) are not the item's. */
    private static final Set<Kind> INPUT = Set.of(Kind.INVALID, Kind.NOT_FOUND, Kind.INCOMPATIBLE, Kind.TOO_LARGE);

    private ItemProblems() {}

    /**
     * The exception's problems under {@code prefix}: a pointer ({@code /quality}) goes below it, an
     * empty path is the prefix itself, and a bare name (an input's, from resolution) is that input.
     *
     * @throws SetpointException {@code e} itself when it is not about the input
     */
    static List<Problem> under(String prefix, SetpointException e) {
        if (!INPUT.contains(e.kind())) {
            throw e;
        }
        return e.problems().stream().map(p -> under(prefix, p)).toList();
    }

    static Problem under(String prefix, Problem problem) {
        String path = problem.path();
        String at = path.isEmpty() ? prefix : path.startsWith("/") ? prefix + path : prefix + "/inputs/" + path;
        return new Problem(at, problem.message());
    }
}
