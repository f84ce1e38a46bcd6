package dev.setpoint.bench;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name value} options of the bench's HTTP tools, which all need a server URL and a token. */
public final class Options {

    private Options() {}

    /** The options by name (without {@code --}); without {@code --url} and {@code --token}, {@code usage} as the error. */
    public static Map<String, String> parse(String[] args, String usage) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!options.containsKey("url") || !options.containsKey("token")) {
            throw new IllegalArgumentException(usage);
        }
        return options;
    }
}
