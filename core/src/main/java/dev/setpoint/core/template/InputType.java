package dev.setpoint.core.template;

/** The types a template input can declare. */
public enum InputType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    ENUM("enum"),
    ARRAY("array");

    private final String id;

    InputType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static InputType of(String id) {
        for (InputType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown input type " + id);
    }
}
