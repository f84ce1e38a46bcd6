package dev.setpoint.cli.apply;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.presets.ServerPresets;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.estimate.AccuracyReport;
import dev.setpoint.core.estimate.Estimate;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.preset.QualityPreset;
import dev.setpoint.core.template.Resources;
import dev.setpoint.core.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server's {@code /api/apply}, {@code /api/compatibility} and {@code /api/estimate}, with presets
 * named as on the command line (server ids, slugs or names) and the answers read back into core's types.
 */
public final class ServerResolution implements Resolution {

    private final Server server;
    private final ServerPresets presets;

    public ServerResolution(Server server, ServerPresets presets) {
        this.server = server;
        this.presets = presets;
    }

    @Override
    public Applied apply(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        Value answer = post("/api/apply", body(request, strategy, inputs));
        return new Applied(
                ServerJson.object(ServerJson.member(answer, "parameters")),
                ServerJson.provenance(ServerJson.member(answer, "provenance")),
                ServerJson.conflicts(ServerJson.member(answer, "conflicts")));
    }

    @Override
    public Compatibility check(RequestOptions request) {
        Value answer = post("/api/compatibility", body(request));
        List<Incompatibility> reasons = new ArrayList<>();
        ServerJson.items(ServerJson.member(answer, "reasons"))
                .forEach(r -> reasons.add(new Incompatibility(
                        ServerJson.text(r, "code"),
                        ServerJson.text(r, "source"),
                        ServerJson.text(r, "parameter"),
                        ServerJson.text(r, "message"))));
        return new Compatibility(reasons);
    }

    @Override
    public Estimated estimate(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        Value answer = post("/api/estimate", body(request, strategy, inputs));
        Value r = ServerJson.member(answer, "resources");
        Estimate estimate = new Estimate(
                ServerJson.number(answer, "expected_seconds"),
                ServerJson.number(answer, "min_seconds"),
                ServerJson.number(answer, "max_seconds"),
                ServerJson.number(answer, "cost"),
                new Resources(
                        ServerJson.number(r, "cpu"),
                        ServerJson.number(r, "memory"),
                        ServerJson.number(r, "gpu"),
                        ServerJson.number(r, "vram")),
                Estimate.Basis.valueOf(ServerJson.text(answer, "basis").toUpperCase(Locale.ROOT)),
                (int) ServerJson.integer(answer, "runs_used"));
        String quality = ServerJson.text(answer, "quality");
        String name = presets.qualities().find(quality).map(QualityPreset::name).orElse(quality);
        return new Estimated(
                ServerJson.text(answer, "template"),
                quality,
                name,
                (int) ServerJson.integer(answer, "level"),
                estimate);
    }

    @Override
    public AccuracyReport accuracy() {
        Value answer = server.get("/api/estimates/accuracy").body();
        List<AccuracyReport.TemplateAccuracy> rows = ServerJson.items(ServerJson.member(answer, "templates")).stream()
                .map(t -> new AccuracyReport.TemplateAccuracy(
                        ServerJson.text(t, "template"),
                        figures(ServerJson.member(t, "all")),
                        figures(ServerJson.member(t, "learned"))))
                .toList();
        return new AccuracyReport(
                rows, figures(ServerJson.member(answer, "all")), figures(ServerJson.member(answer, "learned")));
    }

    private static AccuracyReport.Accuracy figures(Value figures) {
        int runs = (int) ServerJson.integer(figures, "runs");
        return runs == 0
                ? new AccuracyReport.Accuracy(0, Double.NaN, Double.NaN)
                : new AccuracyReport.Accuracy(
                        runs,
                        ServerJson.number(figures, "median_error_percent"),
                        ServerJson.number(figures, "percent_within_tolerance"));
    }

    private Value post(String path, Map<String, Value> body) {
        try {
            return server.post(path, new Value.Obj(body)).body();
        } catch (SetpointException e) {
            throw RequestOptions.atOptions(e);
        }
    }

    /** The body of a request that resolves parameters: the selection, how presets merge, the inputs. */
    Map<String, Value> body(RequestOptions request, MergeStrategy strategy, Map<String, Value> inputs) {
        Map<String, Value> body = body(request);
        body.put("merge_strategy", Value.of(strategy.id()));
        body.put("inputs", new Value.Obj(inputs));
        return body;
    }

    /**
     * The request members every endpoint shares. As offline, a custom quality preset among the
     * {@code --preset}s is the quality when {@code --quality} is not given; a built-in level is refused there.
     */
    public Map<String, Value> body(RequestOptions request) {
        if (request.templates.given()) {
            throw new CommandFailure(
                    ExitCodes.USAGE,
                    "--templates reads a local directory; against a server "
                            + "the server's templates are used (drop --templates, or --server for offline use)");
        }
        List<Value> ids = new ArrayList<>();
        List<String> qualities = new ArrayList<>();
        for (String ref : request.presets) {
            ServerPresets.Named named = presets.named(ref);
            Preset preset = named.preset();
            if (preset instanceof ParameterPreset) {
                ids.add(Value.of(named.id()));
            } else if (preset.system()) {
                throw SetpointException.invalid(
                        ref,
                        "'" + preset.id() + "' is a built-in quality level; choose it with --quality " + preset.id());
            } else {
                qualities.add(preset.id());
            }
        }
        String quality = request.quality != null
                ? request.quality
                : qualities.size() == 1 ? qualities.get(0) : RequestOptions.DEFAULT_QUALITY;
        Map<String, Value> body = new LinkedHashMap<>();
        body.put("template", Value.of(request.template()));
        body.put("quality", presets.quality(quality));
        body.put("preset_ids", Value.arr(ids));
        return body;
    }
}
