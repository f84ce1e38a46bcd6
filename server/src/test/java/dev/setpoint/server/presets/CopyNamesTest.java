package dev.setpoint.server.presets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyNamesTest {

    @Test
    void aCopyTriesCopyThenCopyTwoUpToAHundredNames() {
        List<String> names = CopyNames.of("Fast", null);

        assertThat(names).hasSize(CopyNames.MAX_COPY_NAMES);
        assertThat(names).startsWith("Fast (copy)", "Fast (copy 2)", "Fast (copy 3)");
        assertThat(names).endsWith("Fast (copy 100)");
    }

    @Test
    void aNameTheCallerChoseIsTheOnlyOneTried() {
        assertThat(CopyNames.of("Fast", "Team Fast")).containsExactly("Team Fast");
    }
}
