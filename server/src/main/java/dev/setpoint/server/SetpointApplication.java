package dev.setpoint.server;

import dev.setpoint.server.config.SetpointProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Spring Boot application; started through {@link SetpointServer}, or by tests directly. Its
 * {@code main} is what the build's AOT step runs to generate the bean definitions.
 */
@SpringBootApplication
@EnableConfigurationProperties(SetpointProperties.class)
public class SetpointApplication {

    public static void main(String[] args) {
        SpringApplication.run(SetpointApplication.class, args);
    }
}
