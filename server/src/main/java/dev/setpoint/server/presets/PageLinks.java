package dev.setpoint.server.presets;

import dev.setpoint.store.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The paging headers of a list: {@code X-Total-Count}, and the RFC 8288 {@code Link} header with the
 * first, prev, next and last pages as offset/limit URLs. The links repeat only the list's own
 * filters, never the rest of the query, and are left out when even those would make the header
 * longer than {@link #MAX_LINK_CHARS}: a paging header must never push a response past the
 * container's header limit.
 */
public final class PageLinks {

    /** Well under Tomcat's 8 KiB for all of a response's headers. */
    static final int MAX_LINK_CHARS = 4096;

    private PageLinks() {}

    /**
     * @param list the list's URL without query, as {@code Links} gives it
     * @param filters the filters' names and values in pairs; null values are left out
     */
    public static HttpHeaders headers(String list, Page<?> page, @Nullable String... filters) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Total-Count", String.valueOf(page.total()));
        String links = links(list + "?" + query(filters), page);
        if (links.length() <= MAX_LINK_CHARS) {
            headers.set(HttpHeaders.LINK, links);
        }
        return headers;
    }

    private static String links(String base, Page<?> page) {
        List<String> links = new ArrayList<>();
        long last = page.total() == 0 ? 0 : (page.total() - 1) / page.limit() * page.limit();
        links.add(link(base, 0, page.limit(), "first"));
        if (page.offset() > 0) {
            links.add(link(base, Math.max(0, page.offset() - page.limit()), page.limit(), "prev"));
        }
        if (page.offset() + page.limit() < page.total()) {
            links.add(link(base, page.offset() + page.limit(), page.limit(), "next"));
        }
        links.add(link(base, last, page.limit(), "last"));
        return String.join(", ", links);
    }

    private static String query(@Nullable String... filters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < filters.length; i += 2) {
            if (filters[i + 1] != null) {
                query.append(filters[i])
                        .append('=')
                        .append(encode(filters[i + 1]))
                        .append('&');
            }
        }
        return query.toString();
    }

    /** Percent-encoded; a space as %20, since {@code +} reads as a space only in form bodies to some. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String link(String base, long offset, int limit, String rel) {
        return "<" + base + "offset=" + offset + "&limit=" + limit + ">; rel=\"" + rel + "\"";
    }
}
