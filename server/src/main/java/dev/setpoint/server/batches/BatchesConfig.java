package dev.setpoint.server.batches;

import dev.setpoint.jobs.BatchService;
import dev.setpoint.jobs.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs engine's batch service as a bean. */
@Configuration
class BatchesConfig {

    @Bean
    BatchService batchService(Jobs jobs) {
        return jobs.batches();
    }
}
