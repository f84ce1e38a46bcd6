package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.preset.ParameterPreset;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.store.Database;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.StudyStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The studies of no user (those {@code setpoint tune} ran without a server) read and cancelled
 * straight in a database, without starting the jobs: started, they would resume the running studies
 * in this process and take trials from a {@code tune} that still runs in another one.
 */
public final class StoredStudies {

    private final StudyStore store;
    private final StudyReader reader;

    public StoredStudies(Database database) {
        this.store = database.studies();
        this.reader = new StudyReader(store, new StudyDocuments(database.clock()));
    }

    /** The newest {@code limit} studies of no user, newest first. */
    public List<StudyDocument> list(int limit) {
        return store.listOwnerless(0, limit).items().stream()
                .map(reader::document)
                .toList();
    }

    /** A study of no user; NOT_FOUND for any other id. */
    public StudyDocument get(UUID id) {
        return reader.document(find(id));
    }

    /**
     * Cancels a study of no user that a killed {@code tune} left running, and its unfinished trials'
     * jobs, in one transaction.
     *
     * @return the jobs it cancelled
     * @throws SetpointException CONFLICT when the study has ended already, NOT_FOUND as for {@link #get}
     */
    public List<UUID> cancel(UUID id) {
        Optional<List<UUID>> cancelled = store.cancel(find(id).id(), StudyService.CANCELLED);
        return cancelled.orElseThrow(() -> new SetpointException(
                SetpointException.Kind.CONFLICT,
                "status",
                "study " + id + " has already ended: " + find(id).status().id()));
    }

    /** A trial of {@code study} (the best when null) as the parameter preset a server would save. */
    public static ParameterPreset preset(StudyDocument study, String name, @Nullable Integer trial) {
        return StudyPresets.of(study, name, trial);
    }

    private StudyRecord find(UUID id) {
        return store.find(id)
                .filter(study -> study.ownerId() == null)
                .orElseThrow(() -> SetpointException.notFound("id", "no study " + id));
    }
}
