package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One database per test class, opened on the vendor the concrete class names. Tests share it, so
 * each works with users of its own and a tag of its own in names it lists by.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    final TestClock clock = new TestClock();
    Database db;

    /** The URL of a new, empty database. */
    abstract String newDatabaseUrl();

    @BeforeAll
    void openDatabase() {
        db = Database.open(newDatabaseUrl(), clock);
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }

    Viewer newUser() {
        return Viewer.of(db.users().createUser(unique("user"), null, Role.USER));
    }

    /** A name no other test uses. */
    static String unique(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "x"
                + ProcessHandle.current().pid();
    }

    static void assertFails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        SetpointException.class,
                        e -> assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind));
    }

    static void assertFails(Kind kind, String message, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
