package dev.setpoint.server.config;

import dev.setpoint.core.SetpointException;
import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Path variables and query parameters that are ids are read by {@link Ids}, for every controller.
 * Editors, not converters: when a converter refuses a value, Spring tries its default editor next,
 * which reads {@code 0x1}, {@code #1} and {@code 01} as 1 and {@code 1-1-1-1-1} as a UUID. Request
 * values of type {@code long} are ids only (paging uses {@code Integer}).
 */
@ControllerAdvice
class IdBinding {

    @InitBinder
    void ids(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Editor(Ids::parse));
        binder.registerCustomEditor(Long.class, new Editor(Ids::parse));
        binder.registerCustomEditor(UUID.class, new Editor(Ids::uuid));
    }

    private static final class Editor extends PropertyEditorSupport {
        private final Function<String, Object> parse;

        Editor(Function<String, Object> parse) {
            this.parse = parse;
        }

        /** Spring reports an IllegalArgumentException as a type mismatch of the parameter, by its name. */
        @Override
        public void setAsText(String text) {
            try {
                setValue(parse.apply(text));
            } catch (SetpointException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }
}
