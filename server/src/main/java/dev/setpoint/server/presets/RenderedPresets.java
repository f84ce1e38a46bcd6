package dev.setpoint.server.presets;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.setpoint.core.value.Json;
import dev.setpoint.store.StoredPreset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.util.RawValue;

/**
 * Presets as the API writes them, rendered once per revision: a list page is then mostly copying
 * text instead of walking fifty value trees. A revision's JSON never changes (see
 * {@link dev.setpoint.store.PresetVersion}), so an entry is used only for the revision it was made of,
 * and the inherited level it was shown with (a base's chain can change under an unchanged revision).
 */
@Component
class RenderedPresets {

    private record Rendered(long revision, @Nullable Integer level, RawValue json) {}

    private final Cache<Long, Rendered> rendered =
            Caffeine.newBuilder().maximumSize(20_000).build();

    RawValue json(StoredPreset stored, @Nullable Integer level) {
        Rendered cached = rendered.getIfPresent(stored.id());
        if (cached != null && cached.revision() == stored.revision() && Objects.equals(cached.level(), level)) {
            return cached.json();
        }
        RawValue json = new RawValue(Json.write(PresetJson.write(stored, level)));
        rendered.put(stored.id(), new Rendered(stored.revision(), level, json));
        return json;
    }
}
