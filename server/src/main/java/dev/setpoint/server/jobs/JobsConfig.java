package dev.setpoint.server.jobs;

import dev.setpoint.jobs.ExecutorLookup;
import dev.setpoint.jobs.JobService;
import dev.setpoint.jobs.Jobs;
import dev.setpoint.jobs.JobsSettings;
import dev.setpoint.jobs.RunEstimates;
import dev.setpoint.server.config.SetpointProperties;
import dev.setpoint.server.templates.TemplateCatalog;
import dev.setpoint.store.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the framework-free jobs feature: JobRunr's workers in this process on the store's database.
 * {@code setpoint.workers} ({@code SETPOINT_WORKERS}, {@code setpoint serve --workers}) sets how many
 * jobs run at once; one per core by default.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfig {

    @Bean
    @ConditionalOnMissingBean
    ExecutorLookup executorLookup() {
        return ExecutorLookup.runner();
    }

    @Bean
    RunEstimates runEstimates(Database database, ExecutorLookup executors) {
        return RunEstimates.learningFrom(database.jobs(), executors);
    }

    @Bean(destroyMethod = "close")
    Jobs jobs(
            Database database,
            SetpointProperties properties,
            TemplateCatalog templates,
            ExecutorLookup executors,
            RunEstimates estimates,
            @Value("${setpoint.workers:0}") int workers) {
        JobsSettings settings =
                new JobsSettings(workers > 0 ? workers : JobsSettings.defaultWorkers(), JobsSettings.DEFAULT_POLL);
        return Jobs.start(database, properties.dataDir(), templates::registry, executors, estimates, settings);
    }

    @Bean
    JobService jobService(Jobs jobs) {
        return jobs.service();
    }
}
