package dev.setpoint.server.errors;

import java.io.IOException;

/** A request body went past the size limit while it was being read. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
