package dev.setpoint.store;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.sqlite.BusyHandler;

/**
 * What a SQLite connection does while another connection holds the write lock: checks again every
 * {@value #RECHECK_NANOS} ns for a while, then every millisecond, and gives up (SQLITE_BUSY) after
 * the timeout. SQLite's own busy timeout sleeps a whole millisecond before its first retry, longer
 * after, so a write that found the lock held for a few microseconds, as a write right after another
 * one does, waited a millisecond or more.
 *
 * <p>One instance per connection: SQLite calls it on the thread using the connection.
 */
final class SqliteBusyWait extends BusyHandler {

    private static final long RECHECK_NANOS = 50_000;
    private static final int QUICK_RECHECKS = 40;
    private static final long SLOW_RECHECK_NANOS = 1_000_000;

    private final long timeoutNanos;
    private long waitingSince;

    SqliteBusyWait(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
    }

    /**
     * @param previousCalls how often SQLite has called this for the same lock wait
     * @return 1 to try again, 0 to give up
     */
    @Override
    protected int callback(int previousCalls) {
        long now = System.nanoTime();
        if (previousCalls == 0) {
            waitingSince = now;
        }
        if (now - waitingSince >= timeoutNanos) {
            return 0;
        }
        LockSupport.parkNanos(previousCalls < QUICK_RECHECKS ? RECHECK_NANOS : SLOW_RECHECK_NANOS);
        return 1;
    }
}
