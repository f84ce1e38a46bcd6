package dev.setpoint.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the {@link Stack} on first use and keeps it in the root store, which closes it after the last test. */
final class StackExtension {

    private StackExtension() {}

    static Stack get(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(
                        Stack.class,
                        key -> {
                            try {
                                return Stack.start();
                            } catch (Exception e) {
                                throw new IllegalStateException(e.getMessage(), e);
                            }
                        },
                        Stack.class);
    }
}
