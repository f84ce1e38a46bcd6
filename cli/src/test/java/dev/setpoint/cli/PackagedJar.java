package dev.setpoint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the repackaged {@code target/setpoint.jar} as a user does, {@code java -jar}, for the
 * {@code *IT} tests (they run after {@code package}). The JVM options failsafe hands down in
 * {@code setpoint.it.jvm-options} (the coverage agent) go to the jar's JVM too, so that what the jar
 * runs counts in the module's coverage.
 */
public final class PackagedJar {

    private PackagedJar() {}

    /** {@code java [options] -jar target/setpoint.jar args...}, not started. */
    public static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option :
                System.getProperty("setpoint.it.jvm-options", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-jar");
        command.add(Path.of("target", "setpoint.jar").toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
