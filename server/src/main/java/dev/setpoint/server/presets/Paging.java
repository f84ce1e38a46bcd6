package dev.setpoint.server.presets;

import dev.setpoint.core.SetpointException;
import dev.setpoint.store.PresetQuery;
import org.jspecify.annotations.Nullable;

/**
 * Which part of a list a request asks for: {@code offset} and {@code limit}, or {@code page} (from
 * 0) and {@code size}; the presets' and the jobs' lists alike. The store's queries check the
 * offset and limit themselves; this checks what only the page form can get wrong.
 *
 * @param offset the first item, 0 or more
 * @param limit how many items at most
 */
public record Paging(int offset, int limit) {

    public static Paging of(
            @Nullable Integer offset, @Nullable Integer limit, @Nullable Integer page, @Nullable Integer size) {
        int pageSize = size != null ? size : limit != null ? limit : PresetQuery.DEFAULT_LIMIT;
        if (page == null) {
            return new Paging(offset == null ? 0 : offset, pageSize);
        }
        if (offset != null) {
            throw SetpointException.invalid("page", "give page and size, or offset and limit, not both");
        }
        if (page < 0) {
            throw SetpointException.invalid("page", "page must be 0 or more, not " + page);
        }
        long start = (long) page * pageSize;
        if (start > Integer.MAX_VALUE) {
            throw SetpointException.invalid(
                    "page", "page " + page + " of " + pageSize + " starts past the end of any list");
        }
        return new Paging((int) start, pageSize);
    }
}
