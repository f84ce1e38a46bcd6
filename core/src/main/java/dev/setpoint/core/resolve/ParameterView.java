package dev.setpoint.core.resolve;

import dev.setpoint.core.value.Value;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The values of a provenance map, in its order, without copying them. */
final class ParameterView extends AbstractMap<String, Value> {

    private final Map<String, Provenance> provenance;

    ParameterView(Map<String, Provenance> provenance) {
        this.provenance = provenance;
    }

    @Override
    public @Nullable Value get(Object name) {
        Provenance p = provenance.get(name);
        return p == null ? null : p.value();
    }

    @Override
    public boolean containsKey(Object name) {
        return provenance.containsKey(name);
    }

    @Override
    public int size() {
        return provenance.size();
    }

    @Override
    public Set<Entry<String, Value>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Value>> iterator() {
                Iterator<Entry<String, Provenance>> it = provenance.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, Value> next() {
                        Entry<String, Provenance> e = it.next();
                        return Map.entry(e.getKey(), e.getValue().value());
                    }
                };
            }

            @Override
            public int size() {
                return provenance.size();
            }
        };
    }
}
