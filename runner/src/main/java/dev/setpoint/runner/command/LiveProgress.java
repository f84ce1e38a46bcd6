package dev.setpoint.runner.command;

import dev.setpoint.runner.ProgressSink;
import org.jspecify.annotations.Nullable;

/**
 * What a running command's output lines say about its progress: the fraction its progress pattern
 * reads and the stage its stage text makes of them ("running" without one). The output streams'
 * threads offer lines; the running thread forwards what changed to the job's sink.
 */
final class LiveProgress {

    private final @Nullable ProgressPattern pattern;
    private final @Nullable StageText stage;
    private double fraction;
    private String text = "running";
    private boolean changed;

    LiveProgress(@Nullable ProgressPattern pattern, @Nullable StageText stage) {
        this.pattern = pattern;
        this.stage = stage;
    }

    synchronized void offer(String line) {
        if (pattern != null) {
            pattern.fraction(line).ifPresent(f -> {
                fraction = f;
                changed = true;
            });
        }
        if (stage != null) {
            stage.offer(line);
            String now = stage.text();
            if (now != null && !now.equals(text)) {
                text = now;
                changed = true;
            }
        }
    }

    /** Reports the stage and fraction if either changed since the last call; from the running thread. */
    void forward(ProgressSink sink) {
        String now;
        double done;
        synchronized (this) {
            if (!changed) {
                return;
            }
            changed = false;
            now = text;
            done = fraction;
        }
        sink.report(now, done);
    }
}
