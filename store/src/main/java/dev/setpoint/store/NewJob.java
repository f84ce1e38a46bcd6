package dev.setpoint.store;

import dev.setpoint.core.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job as it is submitted: what to run and what it was promised.
 *
 * @param ownerId the user who submitted it; {@code null} for a job run by the command line without a
 *     server, which belongs to no user
 * @param templateRef {@code id@version} of the template
 * @param quality the quality preset's slug ({@code high}, {@code custom_x})
 * @param level the built-in level (1-4) the quality preset stands on
 * @param presetIds the parameter presets merged in, in order
 * @param presetRevisions every preset used (quality first), at its revision
 * @param inputs the explicit inputs as given
 * @param parameters the resolved parameters the job runs with
 * @param workUnits the size of the work in the executor's unit (1 when it cannot tell)
 */
public record NewJob(
        UUID id,
        @Nullable Long ownerId,
        String templateRef,
        String quality,
        int level,
        List<Long> presetIds,
        List<PresetRevision> presetRevisions,
        Value.Obj inputs,
        Value.Obj parameters,
        JobEstimate estimate,
        double workUnits) {

    public NewJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(templateRef, "templateRef");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(estimate, "estimate");
        if (!templateRef.contains("@")) {
            throw new IllegalArgumentException("templateRef must be id@version, not " + templateRef);
        }
        presetIds = List.copyOf(presetIds);
        presetRevisions = List.copyOf(presetRevisions);
    }

    /** The template's id without its version. */
    public String templateId() {
        return templateIdOf(templateRef);
    }

    /** The id part of an {@code id@version} template ref. */
    static String templateIdOf(String templateRef) {
        return templateRef.substring(0, templateRef.indexOf('@'));
    }
}
