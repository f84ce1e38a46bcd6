package dev.setpoint.cli.jobs;

import dev.setpoint.cli.Decimals;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * A job's progress on stderr: one bar redrawn in place on a terminal, else a plain line whenever the
 * stage changes or another tenth is done (logs and pipes get no control characters).
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private @Nullable String lastStage;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void show(String stage, double percent, @Nullable Double etaSeconds) {
        String eta = etaSeconds == null ? "" : "  ETA " + Decimals.plain(Math.ceil(etaSeconds)) + " s";
        String text = String.format("%5.1f%%  %s%s", percent, stage, eta);
        if (terminal) {
            int filled = (int) Math.round(percent / 100 * WIDTH);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + text + "\u001b[K");
            err.flush();
            drawn = true;
            return;
        }
        int tenth = (int) (percent / 10);
        if (!stage.equals(lastStage) || tenth != lastTenth) {
            err.println(text.strip());
            lastStage = stage;
            lastTenth = tenth;
        }
    }

    /** Ends the bar's line, so that what follows starts on its own. */
    void end() {
        if (drawn) {
            err.println();
            drawn = false;
        }
    }
}
