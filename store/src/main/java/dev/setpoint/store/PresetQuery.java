package dev.setpoint.store;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Filters, search, sort and page of a preset list. Null filters match everything.
 *
 * @param kind {@code parameter}, {@code quality} or null
 * @param search matched case-insensitively against name and description
 * @param sort one of {@link #SORTS}; null means {@code id}
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record PresetQuery(String kind, String category, String runtime, String search, String sort, int offset,
        int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final Set<String> SORTS =
            Set.of("name", "-name", "updated_at", "-updated_at", "created_at", "-created_at", "id");

    /** Everything, sorted by id, first page. */
    public static final PresetQuery ALL = new PresetQuery(null, null, null, null, null, 0, DEFAULT_LIMIT);

    public PresetQuery {
        sort = sort == null ? "id" : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        List<Problem> problems = new ArrayList<>();
        if (kind != null && !kind.equals("parameter") && !kind.equals("quality")) {
            problems.add(new Problem("kind", "kind must be parameter or quality, not '" + kind + "'"));
        }
        if (!SORTS.contains(sort)) {
            problems.add(new Problem("sort", "sort must be one of name, -name, updated_at, -updated_at, "
                    + "created_at, -created_at, id; not '" + sort + "'"));
        }
        if (offset < 0) {
            problems.add(new Problem("offset", "offset must be 0 or more, not " + offset));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new Problem("limit", "limit must be 1 to " + MAX_LIMIT + ", not " + limit));
        }
        SetpointException.throwIfAny(problems);
    }
}
