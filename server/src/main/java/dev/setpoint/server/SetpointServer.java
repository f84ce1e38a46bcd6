package dev.setpoint.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running Setpoint server. {@link #start} returns once it is ready; SIGINT and SIGTERM (Ctrl-C)
 * stop it gracefully through Spring's shutdown hook, and {@link #close} does the same in-process.
 */
public final class SetpointServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SetpointServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a server; a first start on an empty database prints the admin's setup line to stdout.
     * With {@code -Dspring.aot.enabled=true} (as the {@code setpoint} launcher runs it) the context
     * is built from the bean definitions generated at build time (Spring AOT, in the packaged jar)
     * instead of scanning and evaluating the configuration classes at every start.
     */
    public static SetpointServer start(ServerOptions options) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", options.port());
        properties.put("server.address", options.bindAddress());
        properties.put("setpoint.data-dir", options.dataDir().toString());
        if (options.dbUrl() != null) {
            properties.put("setpoint.db-url", options.dbUrl());
        }
        if (options.workers() > 0) {
            properties.put("setpoint.workers", options.workers());
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SetpointApplication.class)
                .main(SetpointApplication.class) // names the AOT initializer, whoever calls start
                .properties(properties)
                .run();
        return new SetpointServer(context);
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The base URL, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        String address = context.getEnvironment().getProperty("server.address", ServerOptions.DEFAULT_BIND_ADDRESS);
        String host = address.contains(":") ? "[" + address + "]" : address;
        return "http://" + host + ":" + port();
    }

    /** Blocks until the server stops (for example on Ctrl-C). */
    public void awaitShutdown() throws InterruptedException {
        while (context.isActive()) {
            Thread.sleep(200);
        }
    }

    /** Stops gracefully: requests in flight finish, new ones are refused. */
    @Override
    public void close() {
        context.close();
    }
}
