package dev.setpoint.server.errors;

import jakarta.servlet.RequestDispatcher;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem written in an error dispatch ({@link ErrorPage}: a method the container refuses, an
 * exception from a filter) names the path that failed. Spring sets {@code instance} to the request's
 * path, which in that dispatch is the error page's, {@code /error}.
 */
@RestControllerAdvice
class ErrorDispatchInstance implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem
                && request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                        instanceof String path) {
            problem.setInstance(ProblemDocuments.instance(path));
        }
        return body;
    }
}
