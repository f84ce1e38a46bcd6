package dev.setpoint.runner.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a program printed, bounded: when it prints more than the limit, the oldest lines go (the end
 * of a log says why a run failed). Keeps the last lines of the error output apart for the failure
 * message. Thread-safe: both output streams append to it.
 */
final class RunLog {

    private static final int ERROR_TAIL_LINES = 12;

    private final int limitChars;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Deque<String> errorTail = new ArrayDeque<>();
    private long chars;
    private long dropped;

    RunLog(int limitChars) {
        this.limitChars = limitChars;
    }

    synchronized void append(String line, boolean error) {
        String kept = line.length() > limitChars ? line.substring(0, limitChars) : line;
        lines.addLast(kept);
        chars += kept.length() + 1;
        while (chars > limitChars) {
            chars -= lines.removeFirst().length() + 1;
            dropped++;
        }
        if (error) {
            errorTail.addLast(kept);
            if (errorTail.size() > ERROR_TAIL_LINES) {
                errorTail.removeFirst();
            }
        }
    }

    synchronized String text() {
        StringBuilder out = new StringBuilder();
        if (dropped > 0) {
            out.append("[").append(dropped).append(" earlier lines dropped]\n");
        }
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    synchronized String errorTail() {
        return String.join("\n", errorTail);
    }

    /** The last {@code count} lines of both streams, in order: where a server says why it stopped. */
    synchronized String tail(int count) {
        List<String> last = new ArrayList<>(lines).subList(Math.max(0, lines.size() - count), lines.size());
        return String.join("\n", last);
    }
}
