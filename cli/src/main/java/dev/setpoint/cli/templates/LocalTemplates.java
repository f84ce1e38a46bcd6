package dev.setpoint.cli.templates;

import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The built-in templates and those of {@code --templates DIR}. */
record LocalTemplates(TemplateRegistry registry) implements TemplateSource {

    @Override
    public List<Template> list(@Nullable FunctionType category) {
        return category == null ? registry.list() : registry.list(category);
    }

    @Override
    public Template resolve(String ref) {
        return registry.resolve(ref);
    }
}
