package dev.setpoint.cli.presets;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.format.ExportFormat;
import dev.setpoint.core.merge.MergeResult;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.Names;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The presets of a server, named by server id, slug or exact name. Merging, export and import are
 * the server's ({@code /api/presets/merge}, {@code /export}, {@code /import}); what it answers is
 * read back into core's types, so the commands print it exactly as they print offline results.
 */
public final class ServerPresets implements PresetCatalog {

    private final Context context;
    private final Server server;
    private @Nullable List<StoredPresets.Stored> all;

    public ServerPresets(Context context, Server server) {
        this.context = context;
        this.server = server;
    }

    /** The built-ins first, in the order they are listed offline, then the others by id. */
    @Override
    public List<Listed> list() {
        return all().stream()
                .sorted(Comparator.comparingInt(
                        s -> s.system() ? BuiltinPresets.ALL.indexOf(s.preset()) : BuiltinPresets.ALL.size()))
                .map(s -> new Listed(
                        s.preset(), s.system() ? Origin.BUILTIN : Origin.server(s.id(), s.owner(), s.visibility())))
                .toList();
    }

    @Override
    public List<Preset> resolve(String ref) {
        return List.of(find(ref).preset());
    }

    @Override
    public QualityCatalog qualities() {
        List<QualityPreset> customs = new ArrayList<>();
        all().forEach(s -> {
            if (s.preset() instanceof QualityPreset q && !s.system()) {
                customs.add(q);
            }
        });
        return QualityCatalog.builtin().with(customs);
    }

    @Override
    public MergeResult merge(List<String> refs, MergeStrategy strategy) {
        Map<String, Value> request = new LinkedHashMap<>();
        request.put(
                "preset_ids",
                Value.arr(refs.stream()
                        .map(ref -> (Value) Value.of(find(ref).id()))
                        .toList()));
        request.put("merge_strategy", Value.of(strategy.id()));
        return StoredPresets.mergeResult(
                server.post("/api/presets/merge", new Value.Obj(request)).body());
    }

    @Override
    public Export export(List<String> refs, boolean allBuiltin) {
        List<StoredPresets.Stored> chosen = new ArrayList<>();
        refs.forEach(ref -> chosen.add(find(ref)));
        if (allBuiltin) {
            all().stream().filter(StoredPresets.Stored::system).forEach(chosen::add);
        }
        List<String> names = chosen.stream().map(s -> s.preset().name()).toList();
        if (chosen.size() == 1) {
            Server.Answer answer = server.get("/api/presets/" + chosen.get(0).id() + "/export");
            String fileName = answer.header("Content-Disposition")
                    .map(ServerJson::fileName)
                    .orElse(ExportFormat.exportFileName(chosen.get(0).preset()));
            return new Export(fileName, answer.text(), names);
        }
        String ids = chosen.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(","));
        return new Export(null, server.get("/api/presets/export?ids=" + ids).text(), names);
    }

    /**
     * Uploads the file as it is; a bare preset object is wrapped in the export envelope, which is
     * what the server imports. Problems point into the file, named by it.
     */
    @Override
    public List<Imported> importFile(String file) {
        String text = InputFiles.read(context, file);
        try {
            Value document = Json.parse(text);
            String body = PresetSources.isEnvelope(document)
                    ? text
                    : "{\"version\": \"" + ExportFormat.VERSION + "\", \"preset\": " + text + "}";
            Value created = server.postJson("/api/presets/import", body).body();
            return ServerJson.items(created).stream()
                    .map(StoredPresets::stored)
                    .map(s -> new Imported(
                            s.preset(),
                            "id " + s.id() + (s.preset() instanceof QualityPreset ? ", --quality " + s.slug() : "")))
                    .toList();
        } catch (SetpointException e) {
            throw InputFiles.located(file, e);
        }
    }

    /** A preset on the server and its server id. */
    public record Named(long id, Preset preset) {}

    /** The server preset {@code ref} names: its id, slug or exact name. */
    public Named named(String ref) {
        StoredPresets.Stored stored = find(ref);
        return new Named(stored.id(), stored.preset());
    }

    /**
     * A numeric id is looked up directly; a slug is resolved by the server, by the one rule for slugs
     * (the caller's own, else the system preset, else the one another user shares; a CONFLICT lists
     * several); else a name among every preset the caller can see.
     */
    private StoredPresets.Stored find(String ref) {
        if (ref.matches("[0-9]{1,18}")) {
            return StoredPresets.stored(server.get("/api/presets/" + ref).body());
        }
        try {
            return StoredPresets.stored(
                    server.get("/api/presets/resolve?slug=" + Server.query(ref)).body());
        } catch (SetpointException e) {
            if (e.kind() != SetpointException.Kind.NOT_FOUND) {
                throw e;
            }
        }
        return byName(ref, preset -> true)
                .orElseThrow(() -> SetpointException.notFound(
                        ref,
                        "no preset on " + server.url() + " has this id, slug or name (see 'setpoint presets list')"));
    }

    /**
     * What {@code --quality ref} sends: a numeric id or a slug the server resolves as they are, else
     * the id of the one quality preset with this name; an unknown one as it is, for the server to report.
     */
    public Value quality(String ref) {
        if (ref.matches("0|[1-9][0-9]{0,17}")) { // only a canonical id: "01" is a slug to the server
            return Value.of(Long.parseLong(ref));
        }
        if (QualityCatalog.builtin().find(ref).isPresent() || resolvesAsSlug(ref)) {
            return Value.of(ref);
        }
        return byName(ref, QualityPreset.class::isInstance)
                .<Value>map(s -> Value.of(s.id()))
                .orElse(Value.of(ref));
    }

    private boolean resolvesAsSlug(String ref) {
        try {
            server.get("/api/presets/resolve?slug=" + Server.query(ref));
            return true;
        } catch (SetpointException e) {
            if (e.kind() != SetpointException.Kind.NOT_FOUND) {
                throw e;
            }
            return false;
        }
    }

    /** The one preset of {@code kind} with the name {@code ref}, names compared as the server compares them. */
    private Optional<StoredPresets.Stored> byName(String ref, Predicate<Preset> kind) {
        List<StoredPresets.Stored> matches = all().stream()
                .filter(s -> kind.test(s.preset()) && Names.same(ref, s.preset().name()))
                .toList();
        if (matches.size() > 1) {
            throw SetpointException.invalid(
                    ref,
                    matches.size() + " presets have this name (ids "
                            + matches.stream().map(s -> String.valueOf(s.id())).collect(Collectors.joining(", "))
                            + "); name one by id");
        }
        return matches.stream().findFirst();
    }

    private List<StoredPresets.Stored> all() {
        if (all == null) {
            all = StoredPresets.all(server);
        }
        return all;
    }
}
