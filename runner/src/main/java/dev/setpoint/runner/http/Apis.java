package dev.setpoint.runner.http;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.Execution;
import dev.setpoint.runner.RunSpec;

/** The HTTP execution of a run, checked to speak the API an executor implements. */
final class Apis {

    private Apis() {}

    static Execution.Http http(RunSpec spec, String api) {
        if (spec.template().execution() instanceof Execution.Http http
                && http.api().equals(api)) {
            return http;
        }
        throw SetpointException.invalid(
                "/execution", "template " + spec.template().ref() + " does not run over the " + api + " API");
    }
}
