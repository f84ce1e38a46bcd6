package dev.setpoint.server.errors;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem documents, always with an {@code errors} list (possibly empty). */
public final class Problems {

    public static final String ERRORS = "errors";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String detail, List<ErrorItem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }
}
