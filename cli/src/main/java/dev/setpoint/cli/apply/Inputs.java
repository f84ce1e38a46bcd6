package dev.setpoint.cli.apply;

import dev.setpoint.cli.Context;
import dev.setpoint.cli.InputFiles;
import dev.setpoint.core.SetpointException;
import dev.setpoint.core.value.Json;
import dev.setpoint.core.value.Value;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code --inputs}: a JSON object given inline or, after {@code @}, in a file. */
public final class Inputs {

    static final String OPTION = "--inputs";

    private Inputs() {}

    public static Map<String, Value> parse(Context context, @Nullable String spec) {
        if (spec == null) {
            return Map.of();
        }
        boolean inFile = spec.startsWith("@");
        String where = inFile ? spec.substring(1) : OPTION;
        String text = inFile ? InputFiles.read(context, where) : spec;
        Value value;
        try {
            value = Json.parse(text);
        } catch (SetpointException e) {
            throw InputFiles.located(where, e);
        }
        if (!(value instanceof Value.Obj object)) {
            throw SetpointException.invalid(
                    where,
                    "the inputs must be a JSON object such as " + "{\"prompt\": \"a lighthouse\"}, not "
                            + value.typeName());
        }
        return object.members();
    }
}
