package dev.setpoint.store;

import java.util.List;

/** One page of a list, with the total number of matches for pagination links. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
