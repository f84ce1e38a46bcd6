package dev.setpoint.runner;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Whether python3 can import a module, asked once per module and remembered: an engine installed
 * after the server started shows as available after a restart. Asking does not import the module
 * (which for an engine would load CUDA): {@code importlib.util.find_spec} only finds it.
 */
final class PythonModules {

    private static final String FIND =
            "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec(sys.argv[1]) else 1)";
    private static final long TIMEOUT_SECONDS = 20;

    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    /** Whether python3 finds {@code module}; an answer cut short (a timeout, an interrupt) is not remembered. */
    boolean importable(String module) {
        Boolean answer = known.get(module);
        if (answer != null) {
            return answer;
        }
        Optional<Boolean> found = find(module);
        found.ifPresent(f -> known.put(module, f));
        return found.orElse(false);
    }

    private static Optional<Boolean> find(String module) {
        try {
            Process python = new ProcessBuilder("python3", "-c", FIND, module)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            python.getOutputStream().close();
            if (python.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.of(python.exitValue() == 0);
            }
            python.destroyForcibly();
            return Optional.empty();
        } catch (IOException e) {
            // No python3 to ask: nothing can import the module.
            return Optional.of(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
