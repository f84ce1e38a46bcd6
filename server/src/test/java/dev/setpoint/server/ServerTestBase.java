package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One server on a real SQLite file in a temporary directory, shared by the test classes that extend
 * this one (Spring caches the context). Tests make their own users and unique names.
 */
@SpringBootTest(
        classes = SetpointApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "setpoint.admin-token=" + ServerTestBase.ADMIN_TOKEN,
            "setpoint.templates-poll=200ms",
            "logging.level.root=WARN",
            "logging.level.dev.setpoint=INFO"
        })
public abstract class ServerTestBase {

    public static final String ADMIN_TOKEN = "sp_testAdminToken0123456789abcdefghijklmnopq";
    static final Path DATA_DIR = tempDir();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("setpoint.data-dir", DATA_DIR::toString);
    }

    protected Http admin() {
        return Http.to("http://127.0.0.1:" + port, ADMIN_TOKEN);
    }

    protected Http anonymous() {
        return Http.to("http://127.0.0.1:" + port, null);
    }

    /** A new user (role user) and a client with its token. */
    protected Http newUser(String prefix) {
        String name = prefix + "-" + unique();
        Http.Response created = admin().post("/api/users", "{\"username\":\"" + name + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return admin().as(created.text("token", "token"));
    }

    /** A new user (role user) who signs in with {@code password}; its name. */
    protected String newUserWithPassword(String prefix, String password) {
        String name = prefix + "-" + unique();
        Http.Response created =
                admin().post("/api/users", "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return name;
    }

    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("setpoint-server-test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
