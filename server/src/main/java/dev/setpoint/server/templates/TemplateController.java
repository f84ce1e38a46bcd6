package dev.setpoint.server.templates;

import dev.setpoint.core.format.TemplateJson;
import dev.setpoint.core.template.FunctionType;
import dev.setpoint.core.template.Template;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.core.value.Value;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/templates")
@Tag(name = "templates")
class TemplateController {

    private final TemplateCatalog templates;

    TemplateController(TemplateCatalog templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "List templates (every version), optionally of one category")
    List<Value> list(@RequestParam(required = false) @Nullable String category) {
        TemplateRegistry registry = templates.registry();
        List<Template> list = category == null ? registry.list() : registry.list(FunctionType.of(category));
        return list.stream().<Value>map(TemplateJson::summary).toList();
    }

    @GetMapping("/{ref}")
    @Operation(summary = "One template: {id} for its latest version or {id}@{version}")
    Value get(@PathVariable String ref) {
        return TemplateJson.full(templates.registry().resolve(ref));
    }
}
