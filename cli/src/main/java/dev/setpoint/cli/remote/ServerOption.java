package dev.setpoint.cli.remote;

import dev.setpoint.cli.Context;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * {@code --server URL} and {@code --token TOKEN} (or {@code SETPOINT_SERVER} and {@code SETPOINT_TOKEN}):
 * with a server, a command works on the server's presets and templates instead of the built-ins and files.
 */
public final class ServerOption {

    static final String SERVER_ENV = "SETPOINT_SERVER";
    static final String TOKEN_ENV = "SETPOINT_TOKEN";

    @Option(
            names = "--server",
            paramLabel = "URL",
            description = "Work against a Setpoint server, such as http://127.0.0.1:8080 (default: $" + SERVER_ENV
                    + "; --server \"\" works here without one even when it is set).")
    @Nullable
    String url;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            description = "The API token for --server (default: $" + TOKEN_ENV + "; prefer the variable, "
                    + "command lines are visible to other users).")
    @Nullable
    String token;

    /** The server to work against, if one was given; an empty {@code --server} overrides the variable. */
    public Optional<Server> server(Context context) {
        String chosen = url != null ? url : context.env().get(SERVER_ENV);
        if (chosen == null || chosen.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                Server.at(chosen.strip(), firstSet(token, context.env().get(TOKEN_ENV))));
    }

    private static @Nullable String firstSet(@Nullable String flag, @Nullable String env) {
        if (flag != null && !flag.isBlank()) {
            return flag.strip();
        }
        return env == null || env.isBlank() ? null : env.strip();
    }
}
