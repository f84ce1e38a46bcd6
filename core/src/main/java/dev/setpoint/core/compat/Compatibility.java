package dev.setpoint.core.compat;

import java.util.List;

/** The answer of a compatibility check: compatible, or every reason it is not. */
public record Compatibility(List<Incompatibility> reasons) {

    public Compatibility {
        reasons = List.copyOf(reasons);
    }

    public boolean compatible() {
        return reasons.isEmpty();
    }
}
