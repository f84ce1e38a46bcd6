package dev.setpoint.store;

import java.time.Clock;

/**
 * The child process of {@link CrashContract}: writes presets as fast as it can and prints the id of
 * each one the store acknowledged, until it is killed.
 */
public final class CrashWriter {

    static final String USER = "user ";
    static final String ACK = "ack ";

    private CrashWriter() {}

    public static void main(String[] args) {
        Database database = Database.open(args[0], Clock.systemUTC());
        User user = database.users().createUser("crash-writer", null, Role.USER);
        Viewer owner = Viewer.of(user);
        System.out.println(USER + user.id());
        System.out.flush();
        for (int i = 0; ; i++) {
            StoredPreset stored = database.presets().create(owner, Samples.parameter("crash " + i), Visibility.PRIVATE);
            System.out.println(ACK + stored.id());
            System.out.flush();
        }
    }
}
