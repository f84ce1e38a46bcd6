package dev.setpoint.cli.presets;

import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.format.PresetCodec;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's preset JSON (core's preset members plus id, slug, owner, visibility, revision...) read back. */
final class StoredPresets {

    /** The largest page the server gives. */
    private static final int PAGE = 200;

    private static final List<String> SERVER_MEMBERS =
            List.of("id", "slug", "owner", "visibility", "is_system", "revision", "created_at", "updated_at");

    private StoredPresets() {}

    /**
     * A preset as the server keeps it.
     *
     * @param preset a system preset is core's own built-in (the server seeds them from core); any other is
     *     read with its slug as core's id, so it can be named on the command line as it is listed
     */
    record Stored(long id, String slug, Preset preset, String owner, String visibility, boolean system) {}

    static Stored stored(Value json) {
        String slug = ServerJson.text(json, "slug");
        boolean system = ServerJson.member(json, "is_system").equals(Value.of(true));
        Preset preset = system ? BuiltinPresets.find(slug).orElseGet(() -> decode(json, slug)) : decode(json, slug);
        return new Stored(
                ServerJson.integer(json, "id"),
                slug,
                preset,
                ServerJson.text(json, "owner"),
                ServerJson.text(json, "visibility"),
                system);
    }

    /** Every preset the caller can see, page by page, in id order. */
    static List<Stored> all(Server server) {
        List<Stored> out = new ArrayList<>();
        while (true) {
            Server.Answer page = server.get("/api/presets?sort=id&limit=" + PAGE + "&offset=" + out.size());
            List<Value> items = ServerJson.items(page.body());
            items.forEach(item -> out.add(stored(item)));
            long total = page.header("X-Total-Count").map(Long::parseLong).orElse((long) out.size());
            if (items.isEmpty() || out.size() >= total) {
                return out;
            }
        }
    }

    /** The answer of {@code POST /api/presets/merge}. */
    static MergeResult mergeResult(Value json) {
        Map<String, List<Value>> parameters = new LinkedHashMap<>();
        ServerJson.object(ServerJson.member(json, "parameters"))
                .members()
                .forEach((name, values) -> parameters.put(name, ServerJson.items(values)));
        List<String> applied = ServerJson.items(ServerJson.member(json, "applied_presets")).stream()
                .map(v -> ((Value.Str) v).value())
                .toList();
        return new MergeResult(parameters, applied, ServerJson.conflicts(ServerJson.member(json, "conflicts")));
    }

    private static Preset decode(Value json, String slug) {
        Map<String, Value> members = new LinkedHashMap<>(ServerJson.object(json).members());
        SERVER_MEMBERS.forEach(members::remove);
        members.put("id", Value.of(slug));
        return PresetCodec.decode(new Value.Obj(members));
    }
}
