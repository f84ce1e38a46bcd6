package dev.setpoint.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP/1.1 request as raw parts, so that a mutation can break any of them (a path that is not
 * valid percent-encoding, a header no client library would send). {@code Host} and
 * {@code Content-Length} are added when the request is written, from the body as mutated.
 *
 * @param family the endpoint family it belongs to, for the report
 * @param target the path and query as sent on the request line
 * @param headers name and value pairs, in order; a name may repeat
 */
record FuzzRequest(String family, String method, String target, List<String[]> headers, byte[] body) {

    FuzzRequest {
        headers = List.copyOf(headers);
    }

    FuzzRequest withTarget(String newTarget) {
        return new FuzzRequest(family, method, newTarget, headers, body);
    }

    FuzzRequest withBody(byte[] newBody) {
        return new FuzzRequest(family, method, target, headers, newBody);
    }

    /** Sets {@code name} (case-insensitive) to {@code value}, or removes it when value is null. */
    FuzzRequest withHeader(String name, @Nullable String value) {
        List<String[]> changed = new ArrayList<>();
        headers.stream().filter(h -> !h[0].equalsIgnoreCase(name)).forEach(changed::add);
        if (value != null) {
            changed.add(new String[] {name, value});
        }
        return new FuzzRequest(family, method, target, changed, body);
    }

    /** Adds a header beside any of the same name. */
    FuzzRequest addHeader(String name, String value) {
        List<String[]> changed = new ArrayList<>(headers);
        changed.add(new String[] {name, value});
        return new FuzzRequest(family, method, target, changed, body);
    }

    @Nullable
    String header(String name) {
        return headers.stream()
                .filter(h -> h[0].equalsIgnoreCase(name))
                .map(h -> h[1])
                .findFirst()
                .orElse(null);
    }

    byte[] toBytes(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
        StringBuilder head = new StringBuilder();
        head.append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append("\r\n");
        headers.forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
        if (body.length > 0 || !method.equals("GET")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** A printable, shortened form for the report: request line, headers but credentials, body. */
    String describe() {
        StringBuilder out = new StringBuilder(method).append(' ').append(target);
        for (String[] h : headers) {
            String name = h[0].toLowerCase(Locale.ROOT);
            boolean secret = name.equals("authorization") || name.equals("cookie") || name.startsWith("x-xsrf");
            out.append(" | ").append(h[0]).append(": ").append(secret ? "<" + name + ">" : h[1]);
        }
        if (body.length > 0) {
            out.append(" | body: ").append(new String(body, StandardCharsets.UTF_8));
        }
        return printable(out.toString(), 400);
    }

    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(max).forEach(c -> {
            if (c < 0x20
                    || c == 0x7f
                    || (c >= 0x80 && c < 0xa0)
                    || Character.getType(c) == Character.FORMAT
                    || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > max ? out + "…" : out.toString();
    }
}
