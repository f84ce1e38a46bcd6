package dev.setpoint.runner;

import dev.setpoint.core.template.Template;
import dev.setpoint.core.value.Value;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point to run.
 *
 * @param parameters the resolved parameters, already checked against the template's inputs
 * @param workDir the run's own directory; outputs are written here and nowhere else
 */
public record RunSpec(Template template, Map<String, Value> parameters, Path workDir) {

    public RunSpec {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(workDir, "workDir");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
