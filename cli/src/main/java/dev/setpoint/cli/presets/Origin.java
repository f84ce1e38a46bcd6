package dev.setpoint.cli.presets;

import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a listed preset is kept: built in, in a file, or on a server.
 *
 * @param source {@code built-in}, {@code file} or {@code server}, for machines
 * @param label the same for people, such as {@code file presets.json}
 * @param details further JSON members: the file, or the server id, owner and visibility
 */
record Origin(String source, String label, Map<String, Value> details) {

    static final Origin BUILTIN = new Origin("built-in", "built-in", Map.of());

    static Origin file(String file) {
        return new Origin("file", "file " + file, Map.of("file", Value.of(file)));
    }

    static Origin server(long id, String owner, String visibility) {
        Map<String, Value> details = new LinkedHashMap<>();
        details.put("server_id", Value.of(id));
        details.put("owner", Value.of(owner));
        details.put("visibility", Value.of(visibility));
        return new Origin("server", "server #" + id + ", " + owner + ", " + visibility, details);
    }
}
