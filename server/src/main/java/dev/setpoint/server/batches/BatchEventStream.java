package dev.setpoint.server.batches;

import dev.setpoint.jobs.BatchJson;
import dev.setpoint.store.BatchRecord;
import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Sends a batch's changes to a server-sent event stream, each as an event named {@code batch}; the
 * stream completes once every item has ended.
 */
final class BatchEventStream implements Consumer<BatchRecord> {

    private final SseEmitter emitter;

    BatchEventStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public void accept(BatchRecord batch) {
        try {
            emitter.send(SseEmitter.event().name("batch").data(BatchJson.event(batch), MediaType.APPLICATION_JSON));
            if (batch.ended()) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away; the completion callback stops following.
            emitter.completeWithError(e);
        }
    }
}
