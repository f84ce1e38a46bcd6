package dev.setpoint.store;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one definition of where Setpoint keeps its data when no {@code --data-dir} is given, shared by
 * the server's settings, {@code setpoint serve} and the commands that work without a server:
 * {@code $SETPOINT_DATA_DIR}, else {@code ${XDG_DATA_HOME:-~/.local/share}/setpoint}; and of the
 * database, {@code $SETPOINT_DB_URL}, else SQLite in that directory.
 */
public final class DefaultDataDir {

    private DefaultDataDir() {}

    /**
     * The data directory {@code env} chooses. {@code ~} is {@code $HOME}, as in a shell, and the JVM's
     * {@code user.home} when {@code HOME} is not set; blank variables count as unset.
     */
    public static Path of(Map<String, String> env) {
        String chosen = env.get("SETPOINT_DATA_DIR");
        if (isSet(chosen)) {
            return Path.of(chosen);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg)) {
            return Path.of(xdg, "setpoint");
        }
        String home = env.get("HOME");
        return Path.of(isSet(home) ? home : System.getProperty("user.home"), ".local", "share", "setpoint");
    }

    /** The JDBC URL {@code env} names in {@code SETPOINT_DB_URL}, or null for SQLite in the data directory. */
    public static @Nullable String dbUrl(Map<String, String> env) {
        String url = env.get("SETPOINT_DB_URL");
        return isSet(url) ? url : null;
    }

    private static boolean isSet(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
