package dev.setpoint.server.jobs;

import dev.setpoint.jobs.JobEvent;
import dev.setpoint.jobs.JobJson;
import dev.setpoint.store.JobStatus;
import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Sends one job's events to a server-sent event stream: an event is named {@code status} when the
 * job's status changed since the last one sent, else {@code progress}; the stream completes with the
 * job's last event.
 */
final class JobEventStream implements Consumer<JobEvent> {

    private final SseEmitter emitter;
    private @Nullable JobStatus lastStatus;

    JobEventStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void accept(JobEvent event) {
        String name = event.status() == lastStatus ? "progress" : "status";
        lastStatus = event.status();
        try {
            emitter.send(SseEmitter.event().name(name).data(JobJson.event(event), MediaType.APPLICATION_JSON));
            if (event.last()) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away; the completion callback stops following.
            emitter.completeWithError(e);
        }
    }
}
