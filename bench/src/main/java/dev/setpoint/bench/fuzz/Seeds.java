package dev.setpoint.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid requests over every endpoint family, which the mutator starts from. Jobs use the no-op
 * template (a two-byte file), so a submitted job costs almost nothing; the harness cancels every job
 * it gets a 202 for.
 */
final class Seeds {

    static final String PARAMETER_PRESET = """
            {"name": "Fuzz throughput %s", "description": "seed", "category": "performance", "runtime": "vllm",
             "parameters": {"tp-size": [2, 4], "max-num-seqs": [256], "enable-prefix-caching": [true],
              "mem-fraction-static": [0.85]}, "metadata": {"tags": ["fuzz"], "compatible_models": ["llama"]}}""";

    static final String QUALITY_PRESET = """
            {"kind": "quality", "name": "Fuzz crisp %s", "base_preset": "high", "time_multiplier": 1.5,
             "parameters": {"image_generation": {"steps": 60, "cfg_scale": 7.5}}}""";

    private Seeds() {}

    static List<FuzzRequest> all(Credentials who, Fixtures at) {
        List<FuzzRequest> seeds = new ArrayList<>();
        presets(seeds, who, at);
        apply(seeds, who, at);
        jobs(seeds, who, at);
        templatesAndUsers(seeds, who, at);
        pagesAndActuator(seeds, who, at);
        return seeds;
    }

    private static void presets(List<FuzzRequest> s, Credentials who, Fixtures at) {
        long p = at.parameterPreset();
        s.add(get("presets", "/api/presets?q=fuzz&category=performance&runtime=vllm&sort=name&limit=20&offset=0", who));
        s.add(get("presets", "/api/presets?page=0&size=5&kind=quality", who));
        s.add(get("presets", "/api/presets/categories", who));
        s.add(get("presets", "/api/presets/" + p, who));
        s.add(json("presets", "POST", "/api/presets", PARAMETER_PRESET.formatted("new"), who));
        s.add(json("presets", "POST", "/api/presets/", QUALITY_PRESET.formatted("new"), who));
        s.add(json(
                "presets",
                "PUT",
                "/api/presets/" + p,
                "{\"description\": \"updated\", \"parameters\": " + "{\"tp-size\": [2, 4, 8]}}",
                who));
        s.add(json("presets", "PUT", "/api/presets/" + at.qualityPreset(), "{\"time_multiplier\": 2}", who)
                .withHeader("If-Match", "\"1\""));
        s.add(json("presets", "DELETE", "/api/presets/" + at.sparePreset(), "", who));
        s.add(json(
                "presets",
                "POST",
                "/api/presets/" + p + "/clone",
                "{\"name\": \"Fuzz copy\", \"visibility\": " + "\"private\"}",
                who));
        s.add(json(
                "presets",
                "POST",
                "/api/presets/import",
                "{\"version\": \"1.0\", \"presets\": [" + PARAMETER_PRESET.formatted("imported") + ", "
                        + QUALITY_PRESET.formatted("imported") + "]}",
                who));
        s.add(multipart(
                "/api/presets/import?visibility=shared",
                "{\"version\": \"1.0\", \"preset\": " + PARAMETER_PRESET.formatted("uploaded") + "}",
                who));
        s.add(get("presets", "/api/presets/" + p + "/export", who));
        s.add(get("presets", "/api/presets/export?ids=" + p + "," + at.otherParameterPreset(), who));
        s.add(json(
                "presets",
                "POST",
                "/api/presets/merge",
                "{\"preset_ids\": [" + p + ", " + at.otherParameterPreset()
                        + "], \"merge_strategy\": \"intersection\"}",
                who));
    }

    private static void apply(List<FuzzRequest> s, Credentials who, Fixtures at) {
        String body = "{\"template\": \"sd-image\", \"quality\": \"high\", \"preset_ids\": [], \"merge_strategy\": "
                + "\"union\", \"inputs\": {\"prompt\": \"a lighthouse at dusk\", \"steps\": 30, \"seed\": 7}}";
        s.add(json("apply", "POST", "/api/apply", body, who));
        s.add(json(
                "apply", "POST", "/api/compatibility", body.replace("\"high\"", "\"" + at.qualitySlug() + "\""), who));
        s.add(json(
                "apply",
                "POST",
                "/api/estimate",
                "{\"template\": \"text-completion\", \"quality\": " + at.qualityPreset()
                        + ", \"inputs\": {\"prompt\": \"hi\", \"max_tokens\": 128}}",
                who));
        s.add(json(
                "apply",
                "POST",
                "/api/apply",
                "{\"template\": \"text-completion@1.0.0\", \"quality\": \"draft\", " + "\"preset_ids\": ["
                        + at.parameterPreset() + "], \"inputs\": {\"prompt\": \"hi\"}}",
                who));
        s.add(get("apply", "/api/estimates/accuracy", who));
        s.add(json(
                "quality",
                "POST",
                "/api/quality/preview",
                "{\"template\": \"sd-image\", \"inputs\": {\"prompt\": "
                        + "\"a cat\"}, \"preset\": {\"name\": \"Crisp\", \"base_preset\": \"high\", \"parameters\": "
                        + "{\"image_generation\": {\"steps\": 60}}}}",
                who));
    }

    private static void jobs(List<FuzzRequest> s, Credentials who, Fixtures at) {
        String j = at.job();
        s.add(json(
                "jobs",
                "POST",
                "/api/jobs",
                "{\"template\": \"noop\", \"quality\": \"draft\", \"inputs\": " + "{\"prompt\": \"fuzz\"}}",
                who));
        s.add(get("jobs", "/api/jobs?status=cancelled&template=noop&limit=10&offset=0", who));
        s.add(get("jobs", "/api/jobs?page=1&size=3", who));
        s.add(get("jobs", "/api/jobs/" + j, who));
        s.add(json("jobs", "POST", "/api/jobs/" + j + "/cancel", "", who));
        s.add(get("jobs", "/api/jobs/" + j + "/events", who).withHeader("Accept", "text/event-stream"));
        s.add(get("jobs", "/api/jobs/" + j + "/outputs/noop.txt", who));
    }

    private static void templatesAndUsers(List<FuzzRequest> s, Credentials who, Fixtures at) {
        s.add(get("templates", "/api/templates?category=image_generation", who));
        s.add(get("templates", "/api/templates/sd-image", who));
        s.add(get("templates", "/api/templates/text-completion@1.0.0", who));
        s.add(get("users", "/api/me", who));
        s.add(json("users", "POST", "/api/me/tokens", "{\"name\": \"fuzz token\"}", who));
        s.add(get("users", "/api/me/tokens", who));
        s.add(json("users", "DELETE", "/api/me/tokens/" + at.spareToken(), "", who));
        s.add(json(
                        "users",
                        "POST",
                        "/api/users",
                        "{\"username\": \"fuzzed\", \"password\": \"a long password 1\", " + "\"role\": \"user\"}",
                        who)
                .withHeader("Authorization", who.adminBearer()));
        s.add(new FuzzRequest(
                "login",
                "POST",
                "/login",
                List.of(
                        new String[] {"Content-Type", "application/x-www-form-urlencoded"},
                        new String[] {"Accept", "application/json"},
                        new String[] {"Cookie", "XSRF-TOKEN=" + who.xsrfToken()},
                        new String[] {"X-XSRF-TOKEN", who.xsrfToken()}),
                ("username=" + who.username() + "&password=wrong+password").getBytes(StandardCharsets.UTF_8)));
        s.add(new FuzzRequest(
                "login",
                "GET",
                "/login?next=/presets",
                List.<String[]>of(new String[] {"Accept", "text/html"}),
                new byte[0]));
    }

    private static void pagesAndActuator(List<FuzzRequest> s, Credentials who, Fixtures at) {
        for (String page : List.of(
                "/",
                "/presets",
                "/quality",
                "/apply",
                "/runs",
                "/runs/" + at.job(),
                "/templates",
                "/templates/sd-image",
                "/index.html",
                "/favicon.svg",
                "/v3/api-docs",
                "/swagger-ui.html")) {
            s.add(new FuzzRequest(
                    "pages",
                    "GET",
                    page,
                    List.of(new String[] {"Accept", "text/html"}, new String[] {"Cookie", who.cookies()}),
                    new byte[0]));
        }
        for (String path : List.of(
                "/actuator/health",
                "/actuator/health/liveness",
                "/actuator/health/readiness",
                "/actuator/prometheus",
                "/actuator/info")) {
            s.add(get("actuator", path, who));
        }
    }

    static FuzzRequest get(String family, String target, Credentials who) {
        return new FuzzRequest(
                family,
                "GET",
                target,
                List.of(new String[] {"Authorization", who.bearer()}, new String[] {"Accept", "application/json"}),
                new byte[0]);
    }

    static FuzzRequest json(String family, String method, String target, String body, Credentials who) {
        List<String[]> headers = new ArrayList<>(
                List.of(new String[] {"Authorization", who.bearer()}, new String[] {"Accept", "application/json"}));
        if (!body.isEmpty()) {
            headers.add(new String[] {"Content-Type", "application/json"});
        }
        return new FuzzRequest(family, method, target, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static FuzzRequest multipart(String target, String file, Credentials who) {
        String boundary = "fuzzboundary7MA4YWxkTrZu0gW";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"p.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return new FuzzRequest(
                "presets",
                "POST",
                target,
                List.of(
                        new String[] {"Authorization", who.bearer()},
                        new String[] {"Content-Type", "multipart/form-data; boundary=" + boundary}),
                body.getBytes(StandardCharsets.UTF_8));
    }
}
