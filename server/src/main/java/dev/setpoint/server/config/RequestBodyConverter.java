package dev.setpoint.server.config;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every JSON request record ({@code ApplyBody}, {@code MergeRequest}...) ahead of Spring's own
 * Jackson converter: the body first passes {@link RequestJson}'s checks, as a preset body does, and
 * only then is bound (with {@link JsonConfig}'s strict types). Binding reads the same text again
 * rather than the checked tree so that a refused number is quoted as the client wrote it ({@code 1e0},
 * not {@code 1}); the text is at most the body limit. A binding failure keeps Jackson's typed
 * exception as the cause, which the problem advice turns into words.
 */
@Component
class RequestBodyConverter extends AbstractHttpMessageConverter<Object> {

    private final JsonMapper mapper;

    RequestBodyConverter(JsonMapper mapper) {
        super(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
        this.mapper = mapper;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type.isRecord();
    }

    /** Responses are written by Spring's converter; this one only reads. */
    @Override
    public boolean canWrite(Class<?> type, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        String text = RequestJson.checked(input.getBody().readAllBytes());
        try {
            return mapper.readValue(text, type);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("the body does not fit the request", e, input);
        }
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) {
        throw new UnsupportedOperationException("reads request bodies only");
    }
}
