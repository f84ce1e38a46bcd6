package dev.setpoint.server.errors;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A request body Jackson could not bind, as one error in the request's words: where (a JSON pointer
 * from the exception's path) and what ("expected an integer, not 1.5"), from the exception's type and
 * fields. Jackson's own messages name Java types, features and settings, so none is passed on.
 */
final class JsonProblems {

    private JsonProblems() {}

    static ErrorItem of(JacksonException e) {
        String at = pointer(e);
        SetpointException setpoint = setpointCause(e);
        if (setpoint != null) {
            // Core refused a value while it was being bound (a number out of range): its pointer is within it.
            Problem problem = setpoint.problems().get(0);
            return ErrorItem.pointer(at + problem.path(), problem.message());
        }
        return ErrorItem.pointer(at, message(innermost(e)));
    }

    /** A parser's exception that a deserializer let through is wrapped, with the path, in a databind one. */
    private static JacksonException innermost(JacksonException e) {
        JacksonException inner = e;
        while (inner.getCause() instanceof JacksonException cause) {
            inner = cause;
        }
        return inner;
    }

    /** Malformed text and limits never get here: {@code RequestJson} refused them before binding. */
    private static String message(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return "expected " + JsonKinds.of(invalid.getTargetType()) + ", not "
                    + JsonKinds.shown(String.valueOf(invalid.getValue()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            JsonToken found = mismatch.getCurrentToken() != null ? mismatch.getCurrentToken() : token(e);
            return "expected " + JsonKinds.of(mismatch.getTargetType()) + ", not "
                    + JsonKinds.found(found, e.processor());
        }
        if (e instanceof InputCoercionException range) {
            return outOfRange(range);
        }
        return "the request body does not have the members and types this request takes";
    }

    private static String outOfRange(InputCoercionException e) {
        boolean isInt = e.getTargetType() == int.class || e.getTargetType() == Integer.class;
        BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
        BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
        return JsonKinds.found(e.getInputType(), e.processor()) + " is out of range: it must be from " + min + " to "
                + max;
    }

    private static @Nullable JsonToken token(JacksonException e) {
        return e.processor() instanceof JsonParser parser ? parser.currentToken() : null;
    }

    private static @Nullable SetpointException setpointCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SetpointException setpoint) {
                return setpoint;
            }
        }
        return null;
    }

    /** Where in the document Jackson stopped, as a JSON pointer. */
    private static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            String segment = ref.getPropertyName() != null
                    ? ref.getPropertyName()
                    : ref.getIndex() >= 0 ? String.valueOf(ref.getIndex()) : null;
            if (segment != null) {
                pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
