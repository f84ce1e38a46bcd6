package dev.setpoint.runner.builtin;

import dev.setpoint.runner.ProgressSink;

/**
 * Counts a run's work units as they are done: reports progress about every percent and checks for
 * cancellation at every step, so an interrupt stops the run within one step.
 */
final class WorkProgress {

    private final ProgressSink sink;
    private final double total;
    private String stage = "starting";
    private double done;
    private double reported;

    WorkProgress(ProgressSink sink, double total) {
        this.sink = sink;
        this.total = Math.max(total, 1);
    }

    void stage(String name) {
        stage = name;
        sink.report(stage, fraction());
    }

    void advance(double units) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("cancelled during " + stage);
        }
        done += units;
        if (done - reported >= total / 100) {
            reported = done;
            sink.report(stage, fraction());
        }
    }

    private double fraction() {
        return Math.min(1, done / total);
    }
}
