package dev.setpoint.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.setpoint.core.SetpointException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** SETPOINT_PUBLIC_URL is checked when the settings are bound, so a bad one stops the start. */
class PublicUrlSettingTest {

    @Test
    void anHttpOrHttpsUrlIsKeptWithoutItsTrailingSlash() {
        assertThat(settings("https://setpoint.example.com/").publicUrl()).isEqualTo("https://setpoint.example.com");
        assertThat(settings("http://10.0.0.5:8080/tools//").publicUrl()).isEqualTo("http://10.0.0.5:8080/tools");
        assertThat(settings("  ").publicUrl()).isNull();
        assertThat(settings(null).publicUrl()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ftp://setpoint.example.com",
                "setpoint.example.com",
                "/setpoint",
                "https://setpoint.example.com/?a=1",
                "https://setpoint.example.com/#top",
                "https://me:pw@setpoint.example.com",
                "javascript:alert(1)",
                "https:///nohost",
                "https://exa mple.com"
            })
    void anythingElseStopsTheStartSayingWhatIsExpected(String url) {
        assertThatThrownBy(() -> settings(url))
                .isInstanceOf(SetpointException.class)
                .hasMessageContaining("SETPOINT_PUBLIC_URL (setpoint.public-url) must be an http or https URL "
                        + "without query or fragment");
    }

    private static SetpointProperties settings(String publicUrl) {
        return new SetpointProperties(
                Path.of("data"), null, null, Duration.ofSeconds(1), null, DataSize.ofMegabytes(1), publicUrl);
    }
}
