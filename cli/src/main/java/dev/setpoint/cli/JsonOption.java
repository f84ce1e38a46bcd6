package dev.setpoint.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine output instead of text for people. */
public final class JsonOption {

    @Option(names = "--json", description = "Print JSON for machines instead of text for people.")
    boolean json;

    public boolean json() {
        return json;
    }
}
