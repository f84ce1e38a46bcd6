package dev.setpoint.server;

import dev.setpoint.server.config.SetpointProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application; started through {@link SetpointServer}, or by tests directly. */
@SpringBootApplication
@EnableConfigurationProperties(SetpointProperties.class)
public class SetpointApplication {}
