package dev.setpoint.server.config;

import java.util.UUID;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Path variables and query parameters that are ids are read by {@link Ids}, for every controller:
 * Spring's own conversion reads {@code 0x1}, {@code #1} and {@code 01} as 1 and an empty item of
 * {@code ids=1,,2} as null. Request values of type {@code Long} are ids only (paging uses Integer).
 */
@Configuration(proxyBeanMethods = false)
class IdConverters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, Ids::parse);
        registry.addConverter(String.class, UUID.class, Ids::uuid);
    }
}
