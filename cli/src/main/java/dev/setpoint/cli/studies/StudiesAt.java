package dev.setpoint.cli.studies;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.DataDirOption;
import dev.setpoint.cli.jobs.DataDirectory;
import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.cli.templates.TemplateOption;
import dev.setpoint.core.template.TemplateRegistry;
import java.util.Optional;
import picocli.CommandLine.Mixin;

/**
 * Where the {@code studies} commands find studies: on the server the options or the environment
 * name, else in the data directory, read with its templates.
 */
final class StudiesAt {

    @Mixin
    ServerOption server;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    TemplateOption templates;

    Optional<Server> server(Context context) {
        return server.server(context);
    }

    LocalStudies local(Context context) {
        return new LocalStudies(context, DataDirectory.of(context, dataDir), templates(context));
    }

    TemplateRegistry templates(Context context) {
        return templates.registry(context);
    }
}
