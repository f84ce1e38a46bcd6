package dev.setpoint.server.studies;

import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.StudyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The jobs engine's study service as a bean, its trials made the way {@code POST /api/jobs} makes a job. */
@Configuration(proxyBeanMethods = false)
class StudiesConfig {

    @Bean
    StudyService studyService(Jobs jobs, ServerTrialRequests trials) {
        return jobs.studies(trials);
    }
}
