package dev.setpoint.jobs;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.core.template.Template;
import dev.setpoint.runner.Availability;
import dev.setpoint.runner.Executor;
import dev.setpoint.runner.ExecutorRegistry;

/**
 * Finds what runs a template: an executor, or the reason there is none. Tests put their own
 * executors behind it.
 */
@FunctionalInterface
public interface ExecutorLookup {

    /** What runs templates: the runner's registry (built-in functions, commands, HTTP backends, inference engines). */
    static ExecutorLookup runner() {
        ExecutorRegistry registry = new ExecutorRegistry();
        return template -> {
            Availability availability = registry.availability(template);
            if (availability instanceof Availability.Available available) {
                return available.executor();
            }
            throw unavailable(template, ((Availability.Unavailable) availability).reason());
        };
    }

    /** The executor for {@code template}; CONFLICT with the reason when it cannot run here. */
    Executor executorFor(Template template);

    /** Why a template cannot run, as the API reports it (409 with the reason). */
    static SetpointException unavailable(Template template, String reason) {
        return new SetpointException(
                Kind.CONFLICT, "template", "template " + template.ref() + " cannot run here: " + reason);
    }
}
