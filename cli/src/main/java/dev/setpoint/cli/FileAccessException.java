package dev.setpoint.cli;

import java.io.Serial;

/**
 * A file or directory the user named cannot be read: it is missing, a directory, or the system
 * refused. Exit code {@link ExitCodes#IO}; the content of a file that was read is judged by core.
 *
 * @param file the path as the user wrote it
 */
public final class FileAccessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String file;

    public FileAccessException(String file, String message) {
        super(message);
        this.file = file;
    }

    public String file() {
        return file;
    }
}
