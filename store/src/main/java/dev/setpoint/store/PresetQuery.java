package dev.setpoint.store;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Filters, search, sort and page of a preset list. Null filters match everything.
 *
 * @param kind {@code parameter}, {@code quality} or null
 * @param category at most {@link #MAX_FILTER_LENGTH} characters, like {@code runtime}
 * @param search matched case-insensitively against name and description; request parameter {@code q}
 * @param sort one of {@link #SORTS}; null means {@code id}
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record PresetQuery(
        @Nullable String kind,
        @Nullable String category,
        @Nullable String runtime,
        @Nullable String search,
        String sort,
        int offset,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /**
     * The longest string filter: longer than any name, category or runtime a preset can have, so a
     * longer one could match nothing, and short enough that the page links repeating it stay small.
     */
    public static final int MAX_FILTER_LENGTH = 200;

    public static final Set<String> SORTS =
            Set.of("name", "-name", "updated_at", "-updated_at", "created_at", "-created_at", "id");

    /** Everything, sorted by id, first page. */
    public static final PresetQuery ALL = everything(0, DEFAULT_LIMIT);

    public PresetQuery {
        sort = sort == null ? "id" : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        List<Problem> problems = new ArrayList<>();
        tooLong("category", category, problems);
        tooLong("runtime", runtime, problems);
        tooLong("q", search, problems);
        if (kind != null && !kind.equals("parameter") && !kind.equals("quality")) {
            problems.add(new Problem("kind", "kind must be parameter or quality, not '" + kind + "'"));
        }
        if (!SORTS.contains(sort)) {
            problems.add(new Problem(
                    "sort",
                    "sort must be one of name, -name, updated_at, -updated_at, " + "created_at, -created_at, id; not '"
                            + sort + "'"));
        }
        if (offset < 0) {
            problems.add(new Problem("offset", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new Problem("limit", "limit must be 1 to " + MAX_LIMIT + ", not " + limit));
        }
        SetpointException.throwIfAny(problems);
    }

    /** Every preset the viewer can see, sorted by id, {@code limit} of them from {@code offset} on. */
    public static PresetQuery everything(int offset, int limit) {
        return new PresetQuery(null, null, null, null, null, offset, limit);
    }

    /** Adds a problem when {@code value} is longer than {@link #MAX_FILTER_LENGTH}. */
    static void tooLong(String parameter, @Nullable String value, List<Problem> problems) {
        if (value != null && value.length() > MAX_FILTER_LENGTH) {
            problems.add(new Problem(
                    parameter,
                    parameter + " must be at most " + MAX_FILTER_LENGTH + " characters, not " + value.length()));
        }
    }
}
