package dev.setpoint.server.errors;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents, always with an {@code errors} list (possibly empty). */
public final class ProblemDocuments {

    public static final String ERRORS = "errors";

    /** Messages quote what the client sent; a value of 100,000 characters is cut, not sent back whole. */
    static final int MAX_MESSAGE_CHARS = 1000;

    private ProblemDocuments() {}

    public static ProblemDetail of(HttpStatusCode status, @Nullable String detail, List<ErrorItem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /** A request path as a problem's {@code instance}; null for one the container let through but URI refuses. */
    static @Nullable URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code message} up to {@value #MAX_MESSAGE_CHARS} characters, saying how long it was if cut. */
    static @Nullable String bounded(@Nullable String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_CHARS) + "… (" + message.length() + " characters in all)";
    }
}
