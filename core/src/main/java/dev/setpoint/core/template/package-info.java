/**
 * Templates: {@code Template}, its typed inputs ({@code InputSpec}), {@code FunctionType}, {@code
 * Resources}, and how it runs ({@code Execution}: a built-in, a command or an HTTP backend; none means
 * it can be resolved and estimated, not run). {@code TemplateLoader} reads YAML validated by {@code
 * template.schema.json}, then checks its meaning; {@code TemplateRegistry} finds {@code id} or {@code
 * id@version} (latest by semver). The shipped templates are in {@code
 * resources/dev/setpoint/core/template/builtin/}, listed in its {@code index.txt}. See
 * docs/TEMPLATES.md.
 */
@NullMarked
package dev.setpoint.core.template;

import org.jspecify.annotations.NullMarked;
