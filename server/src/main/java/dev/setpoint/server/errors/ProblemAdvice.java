package dev.setpoint.server.errors;

import dev.setpoint.core.SetpointException;
import dev.setpoint.server.web.WebPages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * The one place that turns exceptions into RFC 9457 problem documents with an {@code errors} list:
 * {@link SetpointException} by its kind (a busy database is 503 with {@code Retry-After}), Spring
 * MVC's own exceptions by their status, a body over the size limit as 413, and anything unexpected
 * as a 500 without internals. {@link ErrorPage} hands it the exceptions raised outside MVC.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    /** The request already waited (5 s for SQLite's lock, up to 30 s for a connection): not again at once. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(SetpointException.class)
    ResponseEntity<Object> setpoint(SetpointException e) {
        HttpStatus status = status(e.kind());
        List<ErrorItem> errors = e.problems().stream().map(ErrorItem::of).toList();
        String detail = e.problems().size() == 1
                ? e.problems().get(0).message()
                : e.problems().size() + " problems; see errors";
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.kind() == SetpointException.Kind.UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return response.body(ProblemDocuments.of(status, detail, errors));
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage(), List.of());
    }

    /** Tomcat reads parameters when something first asks for one: a bad {@code %} or too many is the client's. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.getErrorCode());
        if (status != HttpStatus.CONTENT_TOO_LARGE
                && MultipartProblems.isMultipart(request)
                && !MalformedRequests.badlyEncoded(request.getQueryString())) {
            // A filter asked for a parameter, so Tomcat read the parts: the body is at fault, not the query.
            return problem(HttpStatus.BAD_REQUEST, MultipartProblems.detail(request), List.of());
        }
        return problem(
                status == null ? HttpStatus.BAD_REQUEST : status,
                e.getCause() != null
                        ? "a request parameter is not valid %-encoding: a % must be followed by two hexadecimal digits, "
                                + "and the bytes must be UTF-8"
                        : "the request's parameters cannot be read: more of them than the server accepts, or malformed",
                List.of());
    }

    /** Spring reads a multipart body before it picks a handler, so this is on any path that was sent one. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, MultipartProblems.detail(request), List.of());
    }

    /**
     * Spring Security's firewall checks a header's value only when something reads it, which may be
     * a handler (Swagger UI's redirect reads them all): a non-ASCII {@code Accept-Language}, say.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejectedHeader(RequestRejectedException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "the request cannot be read: a header's name or value holds "
                        + "characters not allowed there (control characters, or bytes that are not printable ASCII)",
                List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        LOG.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected server error; see the server log", List.of());
    }

    /** The kind's own status: the one table is {@link SetpointException.Kind}'s, which the CLI reads back. */
    static HttpStatus status(SetpointException.Kind kind) {
        return HttpStatus.valueOf(kind.httpStatus());
    }

    /** Spring MVC's exceptions: keep their status, say what was wrong, and where. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (causedByTooLargeBody(ex)) {
            return problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "the request body or upload is larger than the limit (1 MiB)",
                    List.of());
        }
        List<ErrorItem> errors = errors(ex);
        String detail = detail(ex, body, errors);
        ProblemDetail problem = ProblemDocuments.of(statusCode, detail, errors);
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    /** A browser gets the pages, which say there is no page here (see {@link WebPages#wantsPage}). */
    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && WebPages.wantsPage(servlet.getRequest())) {
            return WebPages.notFoundPage();
        }
        return super.handleNoResourceFoundException(ex, headers, status, request);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, @Nullable String detail, List<ErrorItem> errors) {
        return ResponseEntity.status(status).body(ProblemDocuments.of(status, detail, errors));
    }

    private static boolean causedByTooLargeBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException || t instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String detail(Exception ex, @Nullable Object body, List<ErrorItem> errors) {
        if (ex instanceof HttpMessageNotReadableException) {
            return errors.isEmpty()
                    ? "the request body is missing or is not valid JSON"
                    : errors.get(0).message();
        }
        if (ex instanceof NoResourceFoundException) {
            return "no API or page at this path";
        }
        if (ex instanceof MethodArgumentTypeMismatchException) {
            return errors.get(0).field() + ": " + errors.get(0).message(); // Spring's says "Failed to convert"
        }
        if (ex instanceof MethodArgumentNotValidException && !errors.isEmpty()) {
            // Spring's own detail names the controller method and the annotations' internals.
            return errors.size() == 1 ? errors.get(0).message() : errors.size() + " problems; see errors";
        }
        if (body instanceof ProblemDetail problem && problem.getDetail() != null) {
            return problem.getDetail();
        }
        return ex.getMessage();
    }

    private static List<ErrorItem> errors(Exception ex) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return bindingErrors(invalid.getBindingResult());
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return List.of(ErrorItem.field(mismatch.getName(), mismatched(mismatch)));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return List.of(ErrorItem.field(missing.getParameterName(), "is required"));
        }
        if (ex instanceof HttpMessageNotReadableException && ex.getCause() instanceof JacksonException json) {
            return List.of(JsonProblems.of(json));
        }
        return List.of();
    }

    private static List<ErrorItem> bindingErrors(BindingResult result) {
        List<ErrorItem> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(e -> errors.add(ErrorItem.pointer(
                        "/" + e.getField().replace('.', '/'),
                        e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
        result.getGlobalErrors()
                .forEach(e -> errors.add(
                        ErrorItem.pointer("", e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage())));
        return errors;
    }

    /** A path or query value Spring could not convert: an id says why itself (see {@code Ids}). */
    private static String mismatched(MethodArgumentTypeMismatchException mismatch) {
        for (Throwable t = mismatch.getCause(); t != null; t = t.getCause()) {
            if (t instanceof SetpointException id) {
                return id.problems().get(0).message();
            }
        }
        return "'" + JsonKinds.shown(String.valueOf(mismatch.getValue())) + "' is not "
                + (mismatch.getRequiredType() == null ? "valid here" : JsonKinds.of(mismatch.getRequiredType()));
    }
}
