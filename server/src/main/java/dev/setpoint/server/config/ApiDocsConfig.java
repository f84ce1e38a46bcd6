package dev.setpoint.server.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigParameters;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.providers.SpringWebProvider;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The OpenAPI document and Swagger UI's settings name no host a client chose. Left to itself
 * springdoc writes the request's {@code Host} (and any {@code X-Forwarded-Host}, trusted or not)
 * into the document's server and Swagger UI's OAuth2 redirect; both come from {@link Links} instead.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    /** The one server: the public URL, or {@code /}, which readers resolve against the document's URL. */
    @Bean
    OpenAPI openApi(SetpointProperties settings) {
        String url = settings.publicUrl() != null ? settings.publicUrl() : "/";
        return new OpenAPI().servers(List.of(new Server().url(url)));
    }

    @Bean
    SwaggerWelcomeWebMvc swaggerWelcome(
            SwaggerUiConfigProperties ui,
            SpringDocConfigProperties docs,
            ObjectProvider<SpringWebProvider> web,
            Links links) {
        return new SwaggerWelcomeWebMvc(ui, docs, web) {
            @Override
            protected void calculateOauth2RedirectUrl(
                    SwaggerUiConfigParameters parameters, UriComponentsBuilder fromRequest) {
                parameters.setOauth2RedirectUrl(links.to(parameters.getUiRootPath() + getOauth2RedirectUrl()));
            }
        };
    }
}
