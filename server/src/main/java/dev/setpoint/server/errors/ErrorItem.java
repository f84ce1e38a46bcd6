package dev.setpoint.server.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.setpoint.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a problem document's {@code errors}: where ({@code pointer}, an RFC 6901 JSON
 * pointer into the request body, or {@code field}, a query parameter or parameter name) and what.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorItem(@Nullable String pointer, @Nullable String field, String message) {

    public ErrorItem {
        message = ProblemDocuments.bounded(message);
    }

    /** A core problem: its path is a JSON pointer when it is empty or starts with '/', else a field name. */
    public static ErrorItem of(Problem problem) {
        String path = problem.path();
        return path.isEmpty() || path.startsWith("/")
                ? new ErrorItem(path, null, problem.message())
                : new ErrorItem(null, path, problem.message());
    }

    public static ErrorItem field(String field, String message) {
        return new ErrorItem(null, field, message);
    }

    public static ErrorItem pointer(String pointer, String message) {
        return new ErrorItem(pointer, null, message);
    }
}
