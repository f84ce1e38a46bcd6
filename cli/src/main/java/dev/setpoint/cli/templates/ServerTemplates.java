package dev.setpoint.cli.templates;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateLoader;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A server's templates ({@code /api/templates}). The server sends each in the members of the template
 * file format plus its {@code ref} (and its metrics as a list); core's loader reads it back, so it is
 * shown as a local one is.
 */
final class ServerTemplates implements TemplateSource {

    private final Server server;

    ServerTemplates(Server server, TemplateOption templates) {
        if (templates.given()) {
            throw new CommandFailure(
                    ExitCodes.USAGE,
                    "--templates reads a local directory; against a server "
                            + "the server's templates are listed (drop --templates, or --server for offline use)");
        }
        this.server = server;
    }

    @Override
    public List<Template> list(@Nullable FunctionType category) {
        String query = category == null ? "" : "?category=" + Server.query(category.id());
        return ServerJson.items(server.get("/api/templates" + query).body()).stream()
                .map(summary -> resolve(ServerJson.text(summary, "ref")))
                .toList();
    }

    @Override
    public Template resolve(String ref) {
        Value json = server.get("/api/templates/" + Server.segment(ref)).body();
        Map<String, Value> members = new LinkedHashMap<>(ServerJson.object(json).members());
        members.remove("ref");
        if (members.get("runtime") instanceof Value.Null) {
            members.remove("runtime");
        }
        if (members.get("metrics") instanceof Value.Arr listed) {
            members.put("metrics", declared(listed));
        }
        return TemplateLoader.parse(Json.write(new Value.Obj(members)), server.url() + "/api/templates/" + ref);
    }

    /** The document lists the metrics, each with its name; the file declares them by name. */
    private static Value.Obj declared(Value.Arr listed) {
        Map<String, Value> byName = new LinkedHashMap<>();
        for (Value metric : listed.items()) {
            Map<String, Value> spec =
                    new LinkedHashMap<>(ServerJson.object(metric).members());
            if (spec.remove("name") instanceof Value.Str name) {
                byName.put(name.value(), new Value.Obj(spec));
            }
        }
        return new Value.Obj(byName);
    }
}
