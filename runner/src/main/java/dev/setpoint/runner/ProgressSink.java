package dev.setpoint.runner;

/** Where a running executor reports how far it is. Called from the running thread. */
@FunctionalInterface
public interface ProgressSink {

    /** Ignores every report. */
    ProgressSink NONE = (stage, fraction) -> {};

    /**
     * @param stage what the run is doing now, in a few words
     * @param fraction how much of the whole run is done, 0 to 1
     */
    void report(String stage, double fraction);
}
