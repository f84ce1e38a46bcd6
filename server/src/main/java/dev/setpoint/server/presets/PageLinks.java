package dev.setpoint.server.presets;

import dev.setpoint.store.Page;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** RFC 8288 {@code Link} header of a paged list: first, prev, next and last, as offset/limit URLs. */
public final class PageLinks {

    private PageLinks() {}

    /** The links of {@code page}, relative to the current request's URL. */
    public static String of(Page<?> page) {
        List<String> links = new ArrayList<>();
        long last = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
        links.add(link(0, page.limit(), "first"));
        if (page.offset() > 0) {
            links.add(link(Math.max(0, page.offset() - page.limit()), page.limit(), "prev"));
        }
        if (page.offset() + page.limit() < page.total()) {
            links.add(link(page.offset() + page.limit(), page.limit(), "next"));
        }
        links.add(link(last, page.limit(), "last"));
        return String.join(", ", links);
    }

    private static String link(long offset, int limit, String rel) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page").replaceQueryParam("size")
                .replaceQueryParam("offset", offset).replaceQueryParam("limit", limit)
                .build().toUriString();
        return "<" + url + ">; rel=\"" + rel + "\"";
    }
}
