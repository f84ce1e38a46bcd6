package dev.setpoint.jobs;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Tells the followers of a batch in this process that its items changed (ends recorded, a cancel), so
 * that they read its counts again at once instead of at their next re-read.
 */
final class BatchEvents {

    private final Map<UUID, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    void changed(UUID batchId) {
        Set<Runnable> set = listeners.get(batchId);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }

    /** Listens until the returned handle runs. */
    Runnable listen(UUID batchId, Runnable listener) {
        listeners.computeIfAbsent(batchId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(batchId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }
}
