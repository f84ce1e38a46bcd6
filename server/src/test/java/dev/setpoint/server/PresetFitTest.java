package dev.setpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.value.Value;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preset picker's question through HTTP: which parameter presets fit a template, and why the others do not. */
class PresetFitTest extends ServerTestBase {

    private Http alice;

    @BeforeEach
    void user() {
        alice = newUser("alice");
    }

    private String create(Http who, String template) {
        Http.Response response = who.post("/api/presets/", template.formatted(unique()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.text("id");
    }

    private Http.Response fit(String template, String ids) {
        return alice.get("/api/templates/" + template + "/presets/fit" + (ids == null ? "" : "?ids=" + ids));
    }

    @Test
    void eachPresetIsJudgedOnItsOwnInTheOrderAskedWithASentenceSayingWhyNot() {
        String steps = create(alice, "{\"name\": \"Steps %s\", \"parameters\": {\"steps\": [20, 40]}}");
        String engine = create(alice, """
                {"name": "Engine %s", "runtime": "sglang",
                 "parameters": {"tp-size": [2], "mem-fraction-static": [0.8], "steps": [500]}}""");

        Http.Response fit = fit("sd-image", engine + "," + steps);

        assertThat(fit.status()).as(fit.body()).isEqualTo(200);
        assertThat(fit.text("template")).isEqualTo("sd-image@1.0.0");
        assertThat(fit.text("presets", "0", "id")).isEqualTo(engine);
        assertThat(fit.at("presets", "0", "fits")).isEqualTo(Value.FALSE);
        assertThat(fit.text("presets", "0", "summary"))
                .isEqualTo("sets tp-size, mem-fraction-static, which Image generation does not have; "
                        + "is for runtime sglang but template sd-image@1.0.0 runs no inference engine; "
                        + "steps 500 is above the maximum 150");
        assertThat(fit.text("presets", "0", "reasons", "0", "code")).isEqualTo("runtime_mismatch");
        assertThat(fit.text("presets", "1", "id")).isEqualTo(steps);
        assertThat(fit.text("presets", "1", "name")).startsWith("Steps ");
        assertThat(fit.at("presets", "1", "fits")).isEqualTo(Value.TRUE);
        assertThat(fit.at("presets", "1", "summary")).isEqualTo(Value.NULL);
        assertThat(fit.at("presets", "1", "reasons")).isEqualTo(Value.arr());
    }

    @Test
    void aSystemEnginePresetNamesEveryParameterTheTemplateLacks() {
        Http.Response balanced = alice.get("/api/presets?kind=parameter&q=Balanced");
        String id = balanced.text("0", "id");

        assertThat(fit("sd-image@1.0.0", id).text("presets", "0", "summary"))
                .isEqualTo("sets tp-size, mem-fraction-static, schedule-policy, which Image generation does not have");
    }

    @Test
    void theSystemPresetsFitSglangAndVllmSaysWhichSeedParameterItHasNothingLike() {
        String balanced = alice.get("/api/presets?kind=parameter&q=Balanced").text("0", "id");

        assertThat(fit("sglang-server", balanced).at("presets", "0", "fits")).isEqualTo(Value.TRUE);
        Http.Response vllm = fit("vllm-server", balanced);
        assertThat(vllm.at("presets", "0", "fits")).isEqualTo(Value.FALSE);
        assertThat(vllm.text("presets", "0", "summary"))
                .startsWith("sets schedule-policy, which Inference engine (vLLM server) has no equivalent of: "
                        + "vLLM has no cache-aware scheduling");
    }

    @Test
    void missingOrMalformedIdsAndQualityPresetsAre400UnknownOnesAndTemplatesAre404() {
        Http bob = newUser("bob");
        String hidden = create(bob, "{\"name\": \"Hidden %s\", \"parameters\": {\"steps\": [20]}}");
        String quality =
                alice.post("/api/presets/", """
                        {"kind": "quality", "id": "custom_%s", "name": "Q %s", "base_preset": "high",
                         "parameters": {"image_generation": {"steps": 77}}}""".formatted(unique(), unique())).text("id");

        Http.Response missing = fit("sd-image", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body()).contains("ids is required");
        assertThat(fit("sd-image", "x").status()).isEqualTo(400);
        assertThat(fit("sd-image", "1,,2").body()).contains("item 2");
        Http.Response ofQuality = fit("sd-image", quality);
        assertThat(ofQuality.status()).isEqualTo(400);
        assertThat(ofQuality.body()).contains("is a quality preset");
        assertThat(fit("sd-image", String.join(",", Collections.nCopies(257, "1")))
                        .status())
                .isEqualTo(413);
        assertThat(fit("sd-image", "987654").status()).isEqualTo(404);
        assertThat(fit("sd-image", hidden).status()).isEqualTo(404);
        assertThat(fit("nope", "1").status()).isEqualTo(404);
    }
}
