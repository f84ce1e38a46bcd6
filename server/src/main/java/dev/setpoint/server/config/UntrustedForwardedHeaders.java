package dev.setpoint.server.config;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Unless an operator says a proxy's {@code X-Forwarded-*} and {@code Forwarded} headers count
 * ({@code server.forward-headers-strategy}), they are removed before anything reads them: Spring's
 * URL builders read them regardless (Swagger UI's redirect did, and a malformed
 * {@code X-Forwarded-Host} made it a 500).
 */
@Component
@ConditionalOnProperty(name = "server.forward-headers-strategy", havingValue = "none")
@FilterRegistration(
        order = Ordered.HIGHEST_PRECEDENCE + 1,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
class UntrustedForwardedHeaders extends ForwardedHeaderFilter {

    UntrustedForwardedHeaders() {
        setRemoveOnly(true);
    }
}
