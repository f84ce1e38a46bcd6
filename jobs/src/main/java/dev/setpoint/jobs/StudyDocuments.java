package dev.setpoint.jobs;

import dev.setpoint.core.study.StudyAnalysis;
import dev.setpoint.core.study.StudyDocument;
import dev.setpoint.core.study.StudyResult;
import dev.setpoint.core.study.TrialRecord;
import dev.setpoint.core.study.TrialStatus;
import dev.setpoint.core.value.Value;
import dev.setpoint.store.StudyRecord;
import dev.setpoint.store.StudyTrialRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study's document from its record and its trials' rows: the trials as core's {@link TrialRecord}s
 * (status, reason and measurements from their jobs, cost from the study's price of a second),
 * scored and analysed by core's {@link StudyAnalysis}.
 */
final class StudyDocuments {

    /** The reason of a trial whose job was cancelled, which records no error of its own. */
    static final String CANCELLED = "cancelled before it ended";

    private final Clock clock;

    StudyDocuments(Clock clock) {
        this.clock = clock;
    }

    StudyDocument of(StudyRecord record, List<StudyTrialRow> rows) {
        StoredStudy stored = StoredStudy.of(record.spec());
        List<TrialRecord> trials = trials(stored, rows);
        StudyResult result = StudyAnalysis.analyse(stored.spec(), stored.space(), trials);
        Map<Integer, String> jobIds = new LinkedHashMap<>();
        for (StudyTrialRow row : rows) {
            if (row.jobId() != null) {
                jobIds.put(row.index(), row.jobId().toString());
            }
        }
        Instant end = record.finishedAt() == null ? clock.instant() : record.finishedAt();
        double elapsed = Math.max(0, Duration.between(record.startedAt(), end).toMillis() / 1000.0);
        return new StudyDocument(
                record.id().toString(),
                record.name(),
                record.status(),
                record.reason(),
                record.createdAt(),
                record.finishedAt(),
                stored.templateRef(),
                stored.quality(),
                stored.presetIds(),
                stored.mergeStrategy(),
                stored.inputs(),
                stored.space(),
                stored.spec(),
                stored.warnings(),
                elapsed,
                result,
                jobIds);
    }

    static List<TrialRecord> trials(StoredStudy stored, List<StudyTrialRow> rows) {
        return rows.stream().map(row -> trial(stored, row)).toList();
    }

    /**
     * A trial as its job stands. One without a job failed for the reason it has (or because its job
     * was deleted); its metrics are the job's finite numbers.
     */
    static TrialRecord trial(StoredStudy stored, StudyTrialRow row) {
        Double runSeconds = row.runSeconds();
        Double cost = runSeconds == null ? null : runSeconds * stored.costPerSecond();
        Map<String, Double> metrics = new LinkedHashMap<>();
        row.metrics().members().forEach((name, value) -> {
            if (value instanceof Value.Num number
                    && Double.isFinite(number.value().doubleValue())) {
                metrics.put(name, number.value().doubleValue());
            }
        });
        TrialStatus status = row.status() == null
                ? TrialStatus.FAILED
                : TrialStatus.of(row.status().id());
        String reason = row.reason();
        if (reason == null && row.status() == null) {
            reason = "its job was deleted";
        } else if (reason == null && status == TrialStatus.CANCELLED) {
            reason = CANCELLED;
        }
        return new TrialRecord(row.index(), row.point().members(), status, reason, runSeconds, cost, metrics);
    }
}
