package dev.setpoint.server.studies;

import dev.setpoint.core.merge.MergeStrategy;
import dev.setpoint.core.quality.QualityCatalog;
import dev.setpoint.core.resolve.ApplyRequest;
import dev.setpoint.core.value.Value;
import dev.setpoint.jobs.TrialRequests;
import dev.setpoint.server.apply.ApplyRequests;
import dev.setpoint.server.apply.ApplyRequests.ApplyBody;
import dev.setpoint.store.Viewer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A trial's job request, read as {@code POST /api/jobs} reads one: the template, the study's quality
 * as its owner named it (so a custom preset is theirs, at its revision now) and the point as explicit
 * inputs, with no presets (the point already holds every value the presets offered).
 */
@Component
class ServerTrialRequests implements TrialRequests {

    private final ApplyRequests requests;

    ServerTrialRequests(ApplyRequests requests) {
        this.requests = requests;
    }

    @Override
    public ApplyRequest request(@Nullable Long ownerId, String templateRef, Value quality, Map<String, Value> inputs) {
        if (ownerId == null) {
            // A study of no user was started by 'setpoint tune' on this data directory: it named a built-in level.
            String level = quality instanceof Value.Str s ? s.value() : "standard";
            return new ApplyRequest(
                    requests.template(templateRef),
                    QualityCatalog.builtin().resolve(level),
                    List.of(),
                    MergeStrategy.UNION,
                    inputs);
        }
        // Admins see others' private presets no more than users do, so the owner's role does not matter here.
        Viewer owner = new Viewer(ownerId, false);
        return requests.resolve(owner, new ApplyBody(templateRef, quality, List.of(), null, inputs));
    }
}
