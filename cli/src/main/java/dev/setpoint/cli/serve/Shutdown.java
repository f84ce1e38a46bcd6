package dev.setpoint.cli.serve;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM stop the server instead of the JVM: the server shuts down gracefully
 * and {@code setpoint serve} returns normally, so it exits 0 rather than with the JVM's 130 or 143.
 * The previous handlers come back on {@link #close}.
 */
final class Shutdown implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private Shutdown() {}

    static Shutdown onSignals(Runnable stop) {
        Shutdown shutdown = new Shutdown();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            shutdown.signals.add(signal);
            shutdown.previous.add(Signal.handle(signal, s -> stop.run()));
        }
        return shutdown;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
