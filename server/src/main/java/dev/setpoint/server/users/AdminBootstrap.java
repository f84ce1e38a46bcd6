package dev.setpoint.server.users;

import dev.setpoint.core.SetpointException;
import dev.setpoint.server.config.SetpointProperties;
import dev.setpoint.store.IssuedToken;
import dev.setpoint.store.Role;
import dev.setpoint.store.User;
import dev.setpoint.store.UserStore;
import java.io.PrintStream;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start on an empty database: creates the user {@code admin}. With {@code SETPOINT_ADMIN_TOKEN}
 * set, that becomes the admin's API token (for automation) and nothing secret is printed; otherwise a
 * random password and API token are printed once, on one line, to the console, with the URL to log in
 * at: the public URL when one is set, else where the server listens.
 */
@Component
class AdminBootstrap implements ApplicationListener<WebServerInitializedEvent> {

    static final String ADMIN = "admin";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final SetpointProperties properties;
    private final String host;
    private final PrintStream console = System.out;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(
            UserStore users,
            PasswordEncoder passwords,
            SetpointProperties properties,
            @Value("${server.address:127.0.0.1}") String address) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.host = address.contains(":") ? "[" + address + "]" : address;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (users.count() > 0) {
            return;
        }
        String password = randomPassword();
        User admin;
        try {
            admin = users.createUser(ADMIN, passwords.encode(password), Role.ADMIN);
        } catch (SetpointException e) {
            if (e.kind() == SetpointException.Kind.CONFLICT) {
                return; // another instance on the same database created it first
            }
            throw e;
        }
        String url = properties.publicUrl() != null
                ? properties.publicUrl()
                : "http://" + host + ":" + event.getWebServer().getPort();
        if (properties.adminToken() != null) {
            users.registerToken(admin.id(), "SETPOINT_ADMIN_TOKEN", properties.adminToken());
            console.println("Setpoint: created user 'admin' with the API token from SETPOINT_ADMIN_TOKEN; "
                    + "log in at " + url + "/login with password " + password + " (shown once)");
            return;
        }
        IssuedToken token = users.issueToken(admin.id(), "setup");
        console.println("Setpoint first start (shown once): log in at " + url + "/login as admin with password "
                + password + ", or call the API with Authorization: Bearer " + token.plaintext());
    }

    private String randomPassword() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
