package dev.setpoint.cli.studies;

import dev.setpoint.cli.CommandFailure;
import dev.setpoint.cli.Context;
import dev.setpoint.cli.ExitCodes;
import dev.setpoint.cli.JsonOption;
import dev.setpoint.cli.jobs.MetricUnits;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Value;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code setpoint studies show ID}: one study as {@code tune} prints it; {@code --wait} follows it to its end. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "One of your studies: every trial so far, then the best trial or the Pareto front; with "
                + "--wait (on a server), follow it to its end.")
public final class StudiesShowCommand implements Callable<Integer> {

    private final Context context;

    @Parameters(paramLabel = "ID", description = "The study's id.")
    String id;

    @Option(names = "--wait", description = "On a server: print each trial as it ends until the study does.")
    boolean await;

    @Mixin
    JsonOption output;

    @Mixin
    StudiesAt studies;

    public StudiesShowCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Optional<Server> remote = studies.server(context);
        if (remote.isEmpty()) {
            if (await) {
                throw new CommandFailure(
                        ExitCodes.USAGE,
                        "--wait follows studies on a server; without one a study runs in the setpoint tune that "
                                + "started it");
            }
            Value.Obj study = studies.local(context).get(id);
            return print(new StudyReport(context, MetricUnits.of(studies.templates(context)), output.json()), study);
        }
        StudyReport report = new StudyReport(context, MetricUnits.of(remote.get()), output.json());
        Value.Obj study = ServerJson.object(
                remote.get().get("/api/studies/" + Server.segment(id)).body());
        if (await) {
            report.started(study);
            study = RemoteStudies.follow(remote.get(), id, report::progress);
            report.finished(study);
            return StudyReport.exitCode(study);
        }
        return print(report, study);
    }

    private static int print(StudyReport report, Value.Obj study) {
        report.show(study);
        return "running".equals(ServerJson.text(study, "status")) ? 0 : StudyReport.exitCode(study);
    }
}
