package dev.setpoint.server.errors;

import java.io.IOException;
import java.io.Serial;

/** A request body went past the size limit while it was being read. */
public class BodyTooLargeException extends IOException {

    @Serial
    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
