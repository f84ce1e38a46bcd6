package dev.setpoint.cli.remote;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A server's RFC 9457 problem document as the exception an offline command would throw: its status
 * gives the kind (and so the exit code), each entry of {@code errors} one problem (one line).
 */
final class RemoteErrors {

    private RemoteErrors() {}

    static RuntimeException of(Server server, boolean tokenGiven, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            return new CommandFailure(
                    ExitCodes.NOT_AUTHENTICATED,
                    tokenGiven
                            ? "not authenticated: " + server.url()
                                    + " does not accept the token; set SETPOINT_TOKEN to a valid API token"
                            : "not authenticated: set SETPOINT_TOKEN to an API token of " + server.url());
        }
        Value.Obj document = document(response.body());
        Kind kind = kind(status);
        // A proxy in front of the server answers 502 too, with a page of its own: only Setpoint's own
        // problem document (it always has errors) says that a run failed.
        if (kind == null || kind == Kind.RUN_FAILED && !document.members().containsKey("errors")) {
            return new CommandFailure(
                    status >= 500 ? ExitCodes.INTERNAL : ExitCodes.IO,
                    "the server at " + server.url() + " answered " + status + ": "
                            + text(document, "detail", "no details"));
        }
        return new SetpointException(kind, problems(document));
    }

    /**
     * The kind a status reports, by {@link Kind}'s own table; and 415, which Spring answers itself
     * for a body of a type the endpoint does not read: bad input all the same.
     */
    static @Nullable Kind kind(int status) {
        return status == 415 ? Kind.INVALID : Kind.ofHttpStatus(status).orElse(null);
    }

    /** One problem per entry of {@code errors}, located by its pointer or field; else the detail. */
    private static List<Problem> problems(Value.Obj document) {
        List<Problem> problems = new ArrayList<>();
        if (document.members().get("errors") instanceof Value.Arr errors) {
            for (Value error : errors.items()) {
                if (error instanceof Value.Obj e) {
                    String where = text(e, "pointer", text(e, "field", ""));
                    problems.add(new Problem(where, text(e, "message", "invalid")));
                }
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Problem("", text(document, "detail", text(document, "title", "request refused"))));
        }
        return problems;
    }

    private static Value.Obj document(String body) {
        try {
            return Json.parse(body) instanceof Value.Obj object ? object : new Value.Obj(Map.of());
        } catch (SetpointException e) {
            return new Value.Obj(Map.of()); // not JSON (a proxy's page): the status says enough
        }
    }

    static String text(Value.Obj object, String member, String otherwise) {
        return object.members().get(member) instanceof Value.Str s ? s.value() : otherwise;
    }
}
