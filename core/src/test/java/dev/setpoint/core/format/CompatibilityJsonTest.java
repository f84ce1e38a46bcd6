package dev.setpoint.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.setpoint.core.compat.Compatibility;
import dev.setpoint.core.compat.Incompatibility;
import dev.setpoint.core.value.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins the document of {@code /api/compatibility} and {@code setpoint check --json}. */
class CompatibilityJsonTest {

    @Test
    void anIncompatibleCheckListsEveryReason() {
        Compatibility check = new Compatibility(List.of(
                new Incompatibility("unknown_parameter", "Balanced", "tp-size", "sd-image has no parameter tp-size"),
                new Incompatibility("category_mismatch", "Balanced", "", "Balanced is for llm_inference")));

        assertThat(Json.write(CompatibilityJson.encode(check))).isEqualTo("""
                {"compatible":false,"reasons":[\
                {"code":"unknown_parameter","source":"Balanced","parameter":"tp-size",\
                "message":"sd-image has no parameter tp-size"},\
                {"code":"category_mismatch","source":"Balanced","parameter":"",\
                "message":"Balanced is for llm_inference"}]}""");
    }

    @Test
    void aCompatibleCheckHasNoReasons() {
        assertThat(Json.write(CompatibilityJson.encode(new Compatibility(List.of()))))
                .isEqualTo("{\"compatible\":true,\"reasons\":[]}");
    }
}
