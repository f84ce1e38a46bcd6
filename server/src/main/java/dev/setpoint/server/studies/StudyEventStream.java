package dev.setpoint.server.studies;

import dev.setpoint.core.format.StudyJson;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyStatus;
import java.io.IOException;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Sends a study's document to a server-sent event stream, each as an event named {@code study}; the
 * stream completes with the document of a study that has ended.
 */
final class StudyEventStream implements Consumer<StudyDocument> {

    private final SseEmitter emitter;

    StudyEventStream(SseEmitter emitter) {
        this.emitter = emitter;
    }

    @Override
    public synchronized void accept(StudyDocument study) {
        try {
            emitter.send(SseEmitter.event().name("study").data(StudyJson.encode(study), MediaType.APPLICATION_JSON));
            if (study.status() != StudyStatus.RUNNING) {
                emitter.complete();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the stream has completed; the completion callback stops following.
            emitter.completeWithError(e);
        }
    }
}
