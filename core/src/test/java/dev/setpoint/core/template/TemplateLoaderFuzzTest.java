package dev.setpoint.core.template;

import static dev.setpoint.core.fuzz.Contract.resultOrProblems;
import static dev.setpoint.core.fuzz.Contract.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** Template YAML as a template directory brings it. Seeds are in {@code TemplateLoaderFuzzTestInputs/}. */
class TemplateLoaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    @DictionaryFile(resourcePath = "/dev/setpoint/core/fuzz/template.dict")
    void anyTemplateYamlIsLoadedOrExplained(byte[] data) {
        String yaml = text(data);
        resultOrProblems(() -> TemplateLoader.parse(yaml))
                .ifPresent(template -> assertThat(TemplateLoader.parse(yaml)).isEqualTo(template));
    }
}
