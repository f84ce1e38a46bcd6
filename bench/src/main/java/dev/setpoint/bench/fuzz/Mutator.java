package dev.setpoint.bench.fuzz;

import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a valid request into a hostile one: one to three mutations of its path, query, headers,
 * method or body. Everything is drawn from the {@link Random} given, so a seed repeats a run.
 */
final class Mutator {

    /** Numbers that expand to billions of digits (issue 19, item 1); {@code --without exponents} leaves them out. */
    static final String EXPONENTS = "exponents";

    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/(\\d+|[0-9a-f]{8}-[0-9a-f-]{27})(?=/|\\?|$)");
    private static final String SLOT = "fuzz-slot-7f3a";

    private static final List<String> HOSTILE_IDS = List.of(
            "0",
            "-1",
            "01",
            "0x1",
            "1.5",
            "1e3",
            "+1",
            " 1",
            "99999999999999999999",
            "9223372036854775807",
            "9223372036854775808",
            "-9223372036854775809",
            "%00",
            "..",
            "%2e%2e",
            "%2F",
            "abc",
            "%C3%A9",
            "%E2%80%AE",
            "%ZZ",
            "%",
            "null",
            "undefined",
            "[1]",
            "%20",
            "1;jsessionid=x",
            "00000000-0000-0000-0000-000000000000",
            "0AAAAAAA-0000-4000-8000-00000000000G",
            "3f2504e0-4f89-11d3-9a0c-0305e82c3301x",
            "1%0d%0aX-Injected:%201",
            "a".repeat(5000),
            "%F0%9F%92%A9",
            "%ED%A0%80",
            "%C0%AF");
    private static final List<String> QUERY_NAMES = List.of(
            "q",
            "category",
            "runtime",
            "template",
            "status",
            "sort",
            "limit",
            "offset",
            "page",
            "size",
            "ids",
            "visibility",
            "detach",
            "next",
            "kind",
            "owner");
    private static final List<String> ODD_VALUES = List.of(
            "",
            "-1",
            "0",
            "99999999999",
            "2147483648",
            "1.5",
            "1e3",
            "%",
            "%zz",
            "%00",
            "null",
            "true",
            "[]",
            "{}",
            "1,,2",
            ",",
            ",1",
            "1,",
            "%20",
            "%E2%80%AE",
            "%F0%9F%92%A9",
            "x".repeat(4000),
            "name,desc",
            "-name",
            "//evil.example/x",
            "https://evil.example/",
            "%0d%0aSet-Cookie:%20a=b",
            "'%20OR%201=1--",
            "..%2F..%2Fetc%2Fpasswd");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "application/json; charset=utf-16",
            "application/json; charset=bogus",
            "application/x-www-form-urlencoded",
            "*/*",
            "",
            "json",
            "application/problem+json",
            "application/json, text/plain",
            "application/vnd.api+json");
    private static final List<String> ACCEPTS = List.of(
            "text/html",
            "application/xml",
            "*/*",
            "text/event-stream",
            "application/problem+json",
            "image/png",
            "",
            "text/csv;q=0.5, */*;q=0.1",
            "application/json;q=0");
    private static final List<String> METHODS =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "get");
    private static final List<String> ODD_NUMBERS = List.of(
            "-0",
            "0.1",
            "1.5",
            "-1",
            "2147483648",
            "9223372036854775808",
            "123456789012345678901234567890",
            "1e308",
            "1e-300",
            "4.9e-324",
            "0.000000000000000000001",
            "1E2",
            "7.0",
            "100000000000000000000.5");
    private static final List<String> HUGE_EXPONENTS =
            List.of("1e999999999", "1e-999999999", "2E+2147483647", "-7.5e-987654321");
    private static final List<String> ODD_STRINGS = List.of(
            "",
            " ",
            "\\ud800",
            "\\udc00x",
            "\\u0000",
            "a\\nb\\r\\nc",
            "\\u202eevil",
            "\\u200b",
            "ＭＩＮＥ",
            "Mİne",
            "💩",
            "日本語",
            "$(id)",
            "`id`",
            "<script>alert(1)</script>",
            "../../etc/passwd",
            "%s%n",
            "\\\\",
            "custom_x",
            "system");

    private final Random random;
    private final Set<String> without;

    Mutator(Random random, Set<String> without) {
        this.random = random;
        this.without = without;
    }

    FuzzRequest mutate(FuzzRequest seed) {
        FuzzRequest request = seed;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            request = switch (random.nextInt(10)) {
                case 0, 1 -> path(request);
                case 2, 3 -> query(request);
                case 4, 5 -> header(request);
                case 6 -> method(request);
                default -> body(request);
            };
        }
        return request;
    }

    private FuzzRequest method(FuzzRequest r) {
        return new FuzzRequest(r.family(), pick(METHODS), r.target(), r.headers(), r.body());
    }

    private FuzzRequest path(FuzzRequest r) {
        String target = r.target();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? "" : target.substring(q);
        Matcher id = NUMERIC_SEGMENT.matcher(path);
        String changed = switch (random.nextInt(9)) {
            case 0, 1 ->
                id.find()
                        ? path.substring(0, id.start(1)) + pick(HOSTILE_IDS) + path.substring(id.end(1))
                        : path + "/" + pick(HOSTILE_IDS);
            case 2 -> path.replaceFirst("/", "//");
            case 3 -> path + (random.nextBoolean() ? "/" : "/" + pick(HOSTILE_IDS));
            case 4 -> path.lastIndexOf('/') > 0 ? path.substring(0, path.lastIndexOf('/')) : "/";
            case 5 -> path.replace("/api/", random.nextBoolean() ? "/API/" : "/api/./");
            case 6 -> path + ";x=" + pick(ODD_VALUES);
            case 7 -> path.replaceFirst("/([^/]*)$", "/../$1");
            default -> path + "é\u0001".substring(random.nextInt(2));
        };
        return r.withTarget(changed + query);
    }

    private FuzzRequest query(FuzzRequest r) {
        String target = r.target();
        String sep = target.contains("?") ? "&" : "?";
        return switch (random.nextInt(5)) {
            case 0 -> target.contains("?") ? r.withTarget(target.substring(0, target.indexOf('?'))) : r;
            case 1 -> {
                Matcher param = Pattern.compile("([?&])([^=&]+)=([^&]*)").matcher(target);
                yield param.find() ? r.withTarget(target + "&" + param.group(2) + "=" + param.group(3)) : r;
            }
            case 2 -> r.withTarget(target.replaceFirst("=([^&]*)", "=" + Matcher.quoteReplacement(pick(ODD_VALUES))));
            default -> r.withTarget(target + sep + pick(QUERY_NAMES) + "=" + pick(ODD_VALUES));
        };
    }

    private FuzzRequest header(FuzzRequest r) {
        return switch (random.nextInt(12)) {
            case 0, 1 -> r.withHeader("Content-Type", pick(CONTENT_TYPES));
            case 2 -> r.withHeader("Accept", pick(ACCEPTS));
            case 3 -> r.withHeader("Authorization", null);
            case 4 ->
                r.withHeader(
                        "Authorization",
                        pick(List.of(
                                "Bearer sp_" + "A".repeat(40),
                                "Bearer ",
                                "Basic YWRtaW46YWRtaW4=",
                                "Bearer " + "x".repeat(9000),
                                "bearer",
                                "Bearer sp_\u00e9")));
            case 5 -> r.addHeader("Authorization", "Bearer sp_nothing");
            case 6 ->
                r.withHeader(
                        pick(List.of("If-Match", "If-None-Match", "Range", "If-Modified-Since")),
                        pick(List.of(
                                "\"1\"",
                                "*",
                                "W/\"x\"",
                                "\"99999999999999999999\"",
                                "bytes=0-1",
                                "bytes=5-1",
                                "garbage",
                                "\"-1\"")));
            case 7 ->
                r.withHeader(
                        pick(List.of(
                                "X-Forwarded-Host",
                                "X-Forwarded-For",
                                "X-Forwarded-Proto",
                                "Forwarded",
                                "Origin",
                                "Referer")),
                        pick(List.of(
                                "evil.example",
                                "127.0.0.1, 10.0.0.1",
                                "gopher",
                                "for=\"[::1]\";host=evil.example",
                                "null",
                                "https://evil.example/")));
            case 8 -> r.withHeader("X-Fuzz", "v".repeat(random.nextInt(20_000)));
            case 9 -> r.withHeader("Accept-Language", "é日本\u00ff");
            case 10 ->
                r.withHeader(
                                "Content-Type",
                                r.header("Content-Type") == null
                                        ? "application/json"
                                        : r.header("Content-Type").toUpperCase())
                        .addHeader("Content-Type", pick(CONTENT_TYPES));
            default ->
                r.withHeader(
                                "Cookie",
                                pick(List.of(
                                        "SESSION=forged; XSRF-TOKEN=a",
                                        "XSRF-TOKEN=a",
                                        "JSESSIONID=" + "9".repeat(64))))
                        .withHeader("X-XSRF-TOKEN", "a");
        };
    }

    private FuzzRequest body(FuzzRequest r) {
        byte[] body = r.body();
        int choice = random.nextInt(12);
        if (choice < 6 && body.length > 0 && body[0] == '{') {
            String json = json(new String(body, StandardCharsets.UTF_8));
            if (json != null) {
                return r.withBody(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        return r.withBody(
                switch (choice % 6) {
                    case 0 -> flipBits(body);
                    case 1 -> Arrays.copyOf(body, body.length == 0 ? 0 : random.nextInt(body.length));
                    case 2 -> splice(body, new byte[] {(byte) random.nextInt(256)});
                    case 3 ->
                        splice(
                                body,
                                pick(List.of(
                                                "\"\"",
                                                "{",
                                                "}",
                                                "[",
                                                "]",
                                                ",",
                                                ":",
                                                "\\",
                                                "\u0000",
                                                "\\u",
                                                "\u00c3\u0028"))
                                        .getBytes(StandardCharsets.ISO_8859_1));
                    case 4 ->
                        pick(List.of(
                                        "",
                                        "null",
                                        "[]",
                                        "\"text\"",
                                        "0",
                                        "<xml/>",
                                        "a=b&c=d",
                                        "{}",
                                        "[".repeat(5000),
                                        "{\"a\":".repeat(40) + "1" + "}".repeat(40)))
                                .getBytes(StandardCharsets.UTF_8);
                    default -> new byte[] {(byte) 0xff, (byte) 0xfe, '{', (byte) 0xc3, '}'};
                });
    }

    /** A JSON-aware mutation of one value of the document, or null when the body is not JSON. */
    private @Nullable String json(String text) {
        Value document;
        try {
            document = Json.parse(text);
        } catch (SetpointException e) {
            return null;
        }
        int size = count(document);
        int target = random.nextInt(size);
        String raw = switch (random.nextInt(without.contains(EXPONENTS) ? 6 : 7)) {
            case 0 -> pick(ODD_NUMBERS);
            case 1 -> "\"" + pick(ODD_STRINGS) + "\"";
            case 2 -> pick(List.of("null", "true", "false", "[]", "{}", "[null]", "\"1\"", "[1.5]", "{\"a\": 1}"));
            case 3 -> "\"" + "x".repeat(70_000) + "\"";
            case 4 -> "[".repeat(40) + "1" + "]".repeat(40);
            case 5 -> null; // duplicate a key of the top-level object
            default -> pick(HUGE_EXPONENTS);
        };
        if (raw == null) {
            return document instanceof Value.Obj object && !object.members().isEmpty()
                    ? "{\"" + pick(new ArrayList<>(object.members().keySet())) + "\": 0, " + text.substring(1)
                    : null;
        }
        String written = Json.write(replace(document, new int[] {target}));
        return written.replace("\"" + SLOT + "\"", raw);
    }

    private static int count(Value value) {
        if (value instanceof Value.Arr array) {
            return 1 + array.items().stream().mapToInt(Mutator::count).sum();
        }
        if (value instanceof Value.Obj object) {
            return 1
                    + object.members().values().stream()
                            .mapToInt(Mutator::count)
                            .sum();
        }
        return 1;
    }

    /** The document with its {@code left[0]}-th value (pre-order) replaced by the slot marker. */
    private static Value replace(Value value, int[] left) {
        if (left[0]-- == 0) {
            return Value.of(SLOT);
        }
        if (value instanceof Value.Arr array) {
            return new Value.Arr(
                    array.items().stream().map(item -> replace(item, left)).toList());
        }
        if (value instanceof Value.Obj object) {
            Map<String, Value> members = new LinkedHashMap<>();
            object.members().forEach((name, member) -> members.put(name, replace(member, left)));
            return new Value.Obj(members);
        }
        return value;
    }

    private byte[] flipBits(byte[] body) {
        byte[] flipped = body.clone();
        for (int i = 0; i < 1 + random.nextInt(4) && flipped.length > 0; i++) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
    }

    private byte[] splice(byte[] body, byte[] insert) {
        int at = body.length == 0 ? 0 : random.nextInt(body.length);
        byte[] out = new byte[body.length + insert.length];
        System.arraycopy(body, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(body, at, out, at + insert.length, body.length - at);
        return out;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
