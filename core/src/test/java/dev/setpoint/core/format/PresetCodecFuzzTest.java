package dev.setpoint.core.format;

import static dev.setpoint.core.fuzz.Contract.resultOrProblems;
import static dev.setpoint.core.fuzz.Contract.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.setpoint.core.preset.Preset;
import dev.setpoint.core.value.Json;
import org.junit.jupiter.api.Timeout;

/**
 * Preset JSON as a create, update or import body brings it. Seeds are in
 * {@code PresetCodecFuzzTestInputs/}; see docs/RELIABILITY.md to fuzz longer.
 */
class PresetCodecFuzzTest {

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    @DictionaryFile(resourcePath = "/dev/setpoint/core/fuzz/preset.dict")
    void anyPresetJsonIsReadOrExplainedAndReadsBackEqual(byte[] data) {
        resultOrProblems(() -> PresetCodec.decode(Json.parse(text(data)))).ifPresent(preset -> {
            Preset again = PresetCodec.decode(Json.parse(Json.write(PresetCodec.encode(preset))));
            assertThat(again).isEqualTo(preset);
        });
    }
}
