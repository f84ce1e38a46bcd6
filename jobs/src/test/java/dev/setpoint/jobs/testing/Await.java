package dev.setpoint.jobs.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a test cannot be told about: a job that ends on a worker thread, a server that recovers. */
public final class Await {

    private Await() {}

    /** Until {@code condition} holds, checking every 20 ms; fails after 60 s. */
    public static void until(BooleanSupplier condition) throws InterruptedException {
        until(condition, 60);
    }

    /** Until {@code condition} holds, checking every 20 ms; fails after {@code seconds}. */
    public static void until(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }
}
