package dev.setpoint.cli.studies;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.quality.ResolvedQuality;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.TrialRequests;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trial's job request without a server: the template from this command's templates, the point as
 * explicit inputs. The study this command runs has its quality resolved already (a custom preset
 * from a {@code --preset} file too); another study of the data directory that it resumes named a
 * built-in level, the only quality that outlives the command.
 */
final class LocalTrialRequests implements TrialRequests {

    private final TemplateRegistry templates;
    private final ResolvedQuality chosen;

    LocalTrialRequests(TemplateRegistry templates, ResolvedQuality chosen) {
        this.templates = templates;
        this.chosen = chosen;
    }

    @Override
    public ApplyRequest request(@Nullable Long ownerId, String templateRef, Value quality, Map<String, Value> inputs) {
        if (!(quality instanceof Value.Str named)) {
            throw SetpointException.invalid("/quality", "offline, a study's quality is a level or a preset file's id");
        }
        ResolvedQuality resolved = named.value().equals(chosen.preset().id())
                ? chosen
                : QualityCatalog.builtin().resolve(named.value());
        return new ApplyRequest(templates.resolve(templateRef), resolved, List.of(), MergeStrategy.UNION, inputs);
    }
}
