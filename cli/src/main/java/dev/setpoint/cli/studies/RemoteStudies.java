package dev.setpoint.cli.studies;

import dev.setpoint.cli.remote.Server;
import dev.setpoint.cli.remote.ServerJson;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.function.Consumer;

/** A server's study followed through its event stream, each event's data the study document. */
final class RemoteStudies {

    private RemoteStudies() {}

    /** Follows study {@code id} until it ends, giving {@code onChange} every document; answers the last. */
    static Value.Obj follow(Server remote, String id, Consumer<Value.Obj> onChange) {
        String path = "/api/studies/" + Server.segment(id);
        Value.Obj study = ServerJson.object(remote.get(path).body());
        // A stream also ends after a while on the server's side (a proxy's timeout, the server's own): follow again.
        while ("running".equals(ServerJson.text(study, "status"))) {
            remote.stream(path + "/events", line -> {
                if (line.startsWith("data:")) {
                    onChange.accept(ServerJson.object(Json.parse(line.substring("data:".length()))));
                }
            });
            study = ServerJson.object(remote.get(path).body());
        }
        onChange.accept(study);
        return study;
    }
}
