package dev.setpoint.core.study;

import java.util.List;
import java.util.Objects;

/**
 * A finished study's trials, enough to replay another strategy against it: each point's
 * measurements are looked up instead of run.
 *
 * @param template the template's ref ({@code ffmpeg-video@1.1.0})
 * @param trials in index order
 */
public record TrialTable(String template, SearchSpace space, List<TrialRecord> trials) {

    public TrialTable {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(space, "space");
        trials = List.copyOf(trials);
    }
}
