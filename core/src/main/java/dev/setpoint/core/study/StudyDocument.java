package dev.setpoint.core.study;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.value.Value;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a study's document shows ({@code GET /api/studies/{id}}), which {@code
 * core.format.StudyJson} writes: the request as it was normalised, the space, where it stands, and
 * what its trials say.
 *
 * @param id the study's id
 * @param name what its owner called it, or {@code null}
 * @param reason why it finished early, failed or was cancelled, or {@code null}
 * @param template the template's ref, pinned to its version ({@code ffmpeg-video@1.1.0})
 * @param quality the quality as the request named it ({@code "standard"} or a preset id)
 * @param presetIds the merged parameter presets, in merge order
 * @param inputs the fixed inputs every trial runs with
 * @param warnings what the study said before it started (a grid larger than its budget, say)
 * @param elapsedSeconds how long it has run, or ran
 * @param result its trials, scored and analysed
 * @param jobIds trial index to the id of the job that ran it; a trial that never became a job has none
 */
public record StudyDocument(
        String id,
        @Nullable String name,
        StudyStatus status,
        @Nullable String reason,
        Instant createdAt,
        @Nullable Instant finishedAt,
        String template,
        Value quality,
        List<Long> presetIds,
        MergeStrategy mergeStrategy,
        Map<String, Value> inputs,
        SearchSpace space,
        StudySpec spec,
        List<String> warnings,
        double elapsedSeconds,
        StudyResult result,
        Map<Integer, String> jobIds) {

    public StudyDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(mergeStrategy, "mergeStrategy");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(result, "result");
        presetIds = List.copyOf(presetIds);
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        warnings = List.copyOf(warnings);
        jobIds = Collections.unmodifiableMap(new LinkedHashMap<>(jobIds));
        if (!(elapsedSeconds >= 0 && Double.isFinite(elapsedSeconds))) {
            throw new IllegalArgumentException("elapsed seconds are a finite number >= 0, not " + elapsedSeconds);
        }
    }

    /** How many trials are in {@code status}, by the scored status (a trial a hard constraint failed is failed). */
    public long count(TrialStatus status) {
        return result.trials().stream().filter(t -> t.status() == status).count();
    }
}
