package dev.setpoint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.SetpointException.Kind;
import dev.setpoint.store.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class PostgresPresetDependentsTest extends PresetDependentsContract {

    @Override
    String newDatabaseUrl() {
        return TestPostgres.newDatabase();
    }

    /**
     * PostgreSQL runs writers side by side (SQLite one at a time): a preset created on a base that
     * another transaction is deleting waits for it, then finds the base gone, instead of standing
     * on a base that no longer exists.
     */
    @Test
    void aPresetBasedOnOneBeingDeletedWaitsForTheDeleteAndFindsItsBaseGone() throws Exception {
        Viewer alice = newUser();
        Viewer bob = newUser();
        StoredPreset base = db.presets()
                .create(alice, Samples.quality(unique("base_"), unique("Base "), "high"), Visibility.SHARED);
        CompletableFuture<StoredPreset> created;
        try (Connection deleting = db.dataSource().getConnection();
                Connection watching = db.dataSource().getConnection()) {
            deleting.setAutoCommit(false);
            try (PreparedStatement delete = deleting.prepareStatement("DELETE FROM presets WHERE id = ?")) {
                delete.setLong(1, base.id());
                delete.executeUpdate();
            }
            created = CompletableFuture.supplyAsync(() -> db.presets()
                    .create(bob, Samples.quality(unique("on_"), unique("On "), base.slug()), Visibility.PRIVATE));
            // From another connection: a transaction sees one snapshot of pg_stat_activity.
            awaitWaitingForALock(watching);
            deleting.commit();
        }

        Throwable thrown = catchThrowable(created::join);

        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOfSatisfying(SetpointException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.INVALID);
            assertThat(e.getMessage()).contains("which does not exist");
        });
    }

    private static void awaitWaitingForALock(Connection c) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!someoneWaitsForALock(c)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the create never waited for the row being deleted");
            }
            Thread.sleep(20);
        }
    }

    private static boolean someoneWaitsForALock(Connection c) throws SQLException {
        try (PreparedStatement waiting = c.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                        + "WHERE datname = current_database() AND wait_event_type = 'Lock'");
                ResultSet result = waiting.executeQuery()) {
            result.next();
            return result.getLong(1) > 0;
        }
    }
}
