package dev.setpoint.runner.load;

import org.jspecify.annotations.Nullable;

/**
 * One request of the load, timed from the moment it was sent.
 *
 * @param ttftNanos until the first chunk with text; -1 when none came
 * @param e2eNanos until the stream ended
 * @param tokens output tokens: the server's {@code usage.completion_tokens}, else one a chunk with text
 * @param error why the request failed, or {@code null} when it succeeded
 */
public record RequestResult(
        long ttftNanos, long e2eNanos, int tokens, @Nullable String error) {

    static RequestResult failed(String error, long e2eNanos) {
        return new RequestResult(-1, e2eNanos, 0, error);
    }

    public boolean succeeded() {
        return error == null;
    }

    /** Time per output token after the first, in ms; NaN with fewer than two tokens. */
    double tpotMillis() {
        return tokens < 2 ? Double.NaN : (e2eNanos - ttftNanos) / 1e6 / (tokens - 1);
    }
}
