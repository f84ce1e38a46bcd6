package dev.setpoint.server.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.template.Template;
import dev.setpoint.runner.Executor;

/**
 * Finds what runs a template. The shape of {@code dev.setpoint.runner.ExecutorRegistry#availability}
 * (an executor, or the reason there is none), which the jobs feature reaches through this interface.
 */
@FunctionalInterface
public interface ExecutorLookup {

    /**
     * What runs templates in this build, for the server and {@code setpoint run} alike. The runner's
     * {@code ExecutorRegistry} (built-in functions, commands, HTTP backends) is built on its own
     * branch and takes this place when it is merged; until then every template is refused with the
     * reason.
     */
    static ExecutorLookup runner() {
        return template -> {
            throw unavailable(template, template.runnable()
                    ? "this build has no executor for it" : "it declares no execution");
        };
    }

    /** The executor for {@code template}; CONFLICT with the reason when it cannot run here. */
    Executor executorFor(Template template);

    /** Why a template cannot run, as the API reports it (409 with the reason). */
    static SetpointException unavailable(Template template, String reason) {
        return new SetpointException(Kind.CONFLICT, "template",
                "template " + template.ref() + " cannot run here: " + reason);
    }
}
