package dev.setpoint.jobs;

import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.StudyStore;
import java.util.Optional;
import java.util.UUID;

/** A study's document as it stands in the store: its record and its trials' rows, read together. */
final class StudyReader {

    private final StudyStore store;
    private final StudyDocuments documents;

    StudyReader(StudyStore store, StudyDocuments documents) {
        this.store = store;
        this.documents = documents;
    }

    StudyDocument document(StudyRecord record) {
        return documents.of(record, store.trials(record.id()));
    }

    /** The document of a study, empty when there is no such study. */
    Optional<StudyDocument> read(UUID id) {
        return store.find(id).map(this::document);
    }
}
