package dev.setpoint.server.config;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Request records get JSON's types as written: {@code "template": 5} is an error, not the string "5",
 * and {@code "preset_ids": [1.5]} is not preset 1 (nor is {@code 1.0}, nor {@code 1e0}). Limits, keys
 * given twice and numbers out of bounds are refused before binding, by {@link RequestJson}.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /** Every {@code Long} of a request record is an id (see {@link IdDeserializer}). */
    @Bean
    SimpleModule ids() {
        return new SimpleModule("setpoint-ids")
                .addDeserializer(Long.class, new IdDeserializer())
                .addDeserializer(Long.TYPE, new IdDeserializer());
    }

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder.withCoercionConfig(
                        LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }
}
