package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code setpoint studies save-preset ID --name N [--trial T]}: a trial's point (the best by default)
 * as a parameter preset with one value per parameter. On a server it is stored there; without one it
 * is written to a preset file, as {@code export} writes them, for {@code --preset FILE}.
 */
@Command(
        name = "save-preset",
        mixinStandardHelpOptions = true,
        description = {
            "Keep a trial's point (default: the best trial) as a parameter preset, one value per parameter; its "
                    + "metadata records the study, the trial, the objective and its value.",
            "On a server the preset is stored there; without one it is written to preset-NAME.json."
        })
public final class StudiesSavePresetCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "ID", description = "The study's id.")
    String id;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new preset's name.")
    String name;

    @Option(
            names = "--trial",
            paramLabel = "N",
            description = "The trial to keep (default: the best; a study with two objectives needs one).")
    @Nullable
    Integer trial;

    @Mixin
    JsonOption output;

    @Mixin
    StudiesAt studies;

    public StudiesSavePresetCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = studies.server(context);
        if (remote.isEmpty()) {
            studies.local(context).savePreset(id, name, trial, output.json());
            return 0;
        }
        Map<String, Value> body = new LinkedHashMap<>();
        body.put("name", Value.of(name));
        if (trial != null) {
            body.put("trial", Value.of(trial));
        }
        Value preset = remote.get()
                .post("/api/studies/" + Server.segment(id) + "/presets", new Value.Obj(body))
                .body();
        if (output.json()) {
            context.printJson(preset);
        } else {
            context.println("saved parameter preset \"" + ServerJson.text(preset, "name") + "\" -> id "
                    + Json.write(ServerJson.member(preset, "id")) + ": "
                    + Json.write(ServerJson.member(preset, "parameters")));
        }
        return 0;
    }
}
