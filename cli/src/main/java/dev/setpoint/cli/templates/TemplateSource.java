package dev.setpoint.cli.templates;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.remote.ServerOption;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the template commands find templates: built in plus {@code --templates DIR}, or a server's. */
interface TemplateSource {

    static TemplateSource of(Context context, TemplateOption templates, ServerOption server) {
        return server.server(context)
                .<TemplateSource>map(s -> new ServerTemplates(s, templates))
                .orElseGet(() -> new LocalTemplates(templates.registry(context)));
    }

    /** Every template (every version), or those of one category when it is not null. */
    List<Template> list(@Nullable FunctionType category);

    /** A template by id (its latest version) or id@version. */
    Template resolve(String ref);
}
