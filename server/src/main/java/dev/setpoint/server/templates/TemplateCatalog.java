package dev.setpoint.server.templates;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.template.TemplateRegistry;
import dev.setpoint.server.config.SetpointProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The current template registry: the built-ins plus the template directory, reloaded when a file in
 * the directory changes (polled, so it works on every file system; a change shows within one poll
 * interval plus a load). A directory that fails to load is logged and the previous registry kept.
 */
@Component
public class TemplateCatalog implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);

    private final Path directory;
    private final AtomicReference<TemplateRegistry> current;
    private final ScheduledExecutorService poller;
    private List<String> fingerprint;

    TemplateCatalog(SetpointProperties properties) throws IOException {
        this.directory = properties.effectiveTemplatesDir();
        Files.createDirectories(directory);
        this.fingerprint = fingerprint();
        this.current = new AtomicReference<>(load().orElse(TemplateRegistry.builtin()));
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "template-reload");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.templatesPoll().toMillis();
        poller.scheduleWithFixedDelay(this::reloadIfChanged, period, period, TimeUnit.MILLISECONDS);
    }

    public TemplateRegistry registry() {
        return current.get();
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }

    private void reloadIfChanged() {
        try {
            List<String> now = fingerprint();
            if (!now.equals(fingerprint)) {
                fingerprint = now;
                load().ifPresent(registry -> {
                    current.set(registry);
                    LOG.info(
                            "reloaded templates from {}: {} templates",
                            directory,
                            registry.list().size());
                });
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot check template directory {}: {}", directory, e.toString());
        }
    }

    private Optional<TemplateRegistry> load() {
        try {
            return Optional.of(TemplateRegistry.withDirectory(directory));
        } catch (SetpointException e) {
            LOG.warn(
                    "templates in {} not loaded, keeping the previous ones: {}",
                    directory,
                    String.join(
                            "; ", e.problems().stream().map(Object::toString).toList()));
            return Optional.empty();
        }
    }

    /** Name, size and modification time of each file: any edit, rename or removal changes it. */
    private List<String> fingerprint() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().map(TemplateCatalog::describe).toList();
        }
    }

    private static String describe(Path file) {
        try {
            return file.getFileName() + "|" + Files.size(file) + "|"
                    + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.getFileName() + "|gone";
        }
    }
}
