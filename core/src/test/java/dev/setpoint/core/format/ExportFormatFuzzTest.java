package dev.setpoint.core.format;

import static dev.setpoint.core.fuzz.Contract.resultOrProblems;
import static dev.setpoint.core.fuzz.Contract.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** Export files as import reads them, either envelope. Seeds are in {@code ExportFormatFuzzTestInputs/}. */
class ExportFormatFuzzTest {

    @FuzzTest(maxDuration = "15s")
    @Timeout(30)
    @DictionaryFile(resourcePath = "/dev/setpoint/core/fuzz/preset.dict")
    void anyExportFileIsImportedOrExplainedAndReimportsEqual(byte[] data) {
        resultOrProblems(() -> ExportFormat.importText(text(data))).ifPresent(presets -> {
            assertThat(ExportFormat.importText(ExportFormat.exportAll(presets))).isEqualTo(presets);
            presets.forEach(
                    preset -> assertThat(ExportFormat.exportFileName(preset)).startsWith("preset-"));
        });
    }
}
