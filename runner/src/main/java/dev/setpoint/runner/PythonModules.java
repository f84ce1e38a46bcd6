package dev.setpoint.runner;

import java.io.IOException;
import java.util.Map;
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

    boolean importable(String module) {
        return known.computeIfAbsent(module, PythonModules::find);
    }

    private static boolean find(String module) {
        try {
            Process python = new ProcessBuilder("python3", "-c", FIND, module)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            python.getOutputStream().close();
            if (python.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return python.exitValue() == 0;
            }
            python.destroyForcibly();
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
