package dev.setpoint.store;

import dev.setpoint.core.study.StudyStatus;
import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Studies and their trials. A trial's job is stored with the trial in one transaction, so a trial
 * never points at a job that was not stored and a job is never made for a trial that was not; the
 * key (study, trial index) refuses a trial proposed twice, by two drivers or two processes. A study
 * ends once: every end is guarded by its status being running.
 */
public interface StudyStore {

    /** Stores a new study, running from now. */
    StudyRecord create(UUID id, @Nullable Long ownerId, @Nullable String name, Value.Obj spec);

    /** A study by id, whoever owns it. */
    Optional<StudyRecord> find(UUID id);

    /** A study the viewer owns; empty for anyone else's. */
    Optional<StudyRecord> find(Viewer viewer, UUID id);

    /** The viewer's studies, newest first. */
    Page<StudyRecord> list(Viewer viewer, int offset, int limit);

    /** The studies that belong to no user (the command line without a server), newest first. */
    Page<StudyRecord> listOwnerless(int offset, int limit);

    /** Every running study, oldest first: what a process resumes when it starts. */
    List<StudyRecord> running();

    /**
     * Adds a trial to a running study, with its job (queued, owned by the study's owner) in the same
     * transaction.
     *
     * @throws dev.setpoint.core.SetpointException CONFLICT, storing nothing, when the study has a
     *     trial of that index already or is not running
     */
    void addTrial(UUID studyId, NewTrial trial);

    /** The study's trials in index order, each with its job's status and measurements. */
    List<StudyTrialRow> trials(UUID studyId);

    /**
     * Ends a running study with {@code status} and why (null for a study that ran its whole space), and cancels its trials' unfinished jobs in the
     * same transaction.
     *
     * @return the jobs it cancelled; empty when the study was not running (it had ended already)
     */
    Optional<List<UUID>> finish(UUID id, StudyStatus status, @Nullable String reason);

    /** {@link #finish} as {@link StudyStatus#CANCELLED}. */
    default Optional<List<UUID>> cancel(UUID id, String reason) {
        return finish(id, StudyStatus.CANCELLED, reason);
    }
}
