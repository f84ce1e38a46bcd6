package dev.setpoint.bench.load;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Finds where one HTTP/1.1 response ends in the bytes of a keep-alive connection: status line,
 * headers, then a {@code Content-Length} or chunked body. The body itself is skipped, not kept.
 */
final class ResponseReader {

    private enum State {
        HEADERS,
        BODY,
        CHUNK_SIZE,
        CHUNK_DATA,
        CHUNK_END,
        TRAILERS
    }

    private final StringBuilder line = new StringBuilder();
    private State state;
    private int status;
    private long remaining;
    private boolean chunked;
    private boolean close;
    private boolean started;

    ResponseReader() {
        reset();
    }

    /** Ready for the next response. */
    void reset() {
        line.setLength(0);
        state = State.HEADERS;
        status = 0;
        remaining = 0;
        chunked = false;
        close = false;
        started = false;
    }

    /** Whether any byte of the current response has arrived. */
    boolean started() {
        return started;
    }

    int status() {
        return status;
    }

    /** The server said {@code Connection: close}: this connection takes no further request. */
    boolean close() {
        return close;
    }

    /** Consumes bytes; true once the whole response has been read. */
    boolean feed(ByteBuffer buffer) {
        started |= buffer.hasRemaining();
        while (buffer.hasRemaining()) {
            if (state == State.BODY || state == State.CHUNK_DATA) {
                int n = (int) Math.min(remaining, buffer.remaining());
                buffer.position(buffer.position() + n);
                remaining -= n;
                if (remaining == 0) {
                    if (state == State.BODY) {
                        return true;
                    }
                    state = State.CHUNK_END;
                }
            } else if (readLine(buffer) && endOfLine()) {
                return true;
            }
        }
        return false;
    }

    private boolean readLine(ByteBuffer buffer) {
        while (buffer.hasRemaining()) {
            byte b = buffer.get();
            if (b == '\n') {
                return true;
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return false;
    }

    /** Acts on the complete line in {@link #line}; true when it ends the response. */
    private boolean endOfLine() {
        String text = line.toString();
        line.setLength(0);
        switch (state) {
            case HEADERS -> {
                if (status == 0) {
                    status = Integer.parseInt(text.substring(9, 12));
                } else if (!text.isEmpty()) {
                    header(text);
                } else if (chunked) {
                    state = State.CHUNK_SIZE;
                } else if (remaining > 0) {
                    state = State.BODY;
                } else {
                    return true;
                }
            }
            case CHUNK_SIZE -> {
                int end = text.indexOf(';');
                remaining = Long.parseLong((end < 0 ? text : text.substring(0, end)).strip(), 16);
                state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
            }
            case CHUNK_END -> state = State.CHUNK_SIZE;
            case TRAILERS -> {
                return text.isEmpty();
            }
            default -> throw new IllegalStateException("not a line state: " + state);
        }
        return false;
    }

    private void header(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return;
        }
        String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "content-length" -> remaining = Long.parseLong(value);
            case "transfer-encoding" -> chunked = value.contains("chunked");
            case "connection" -> close = value.contains("close");
            default -> {}
        }
    }
}
