package dev.setpoint.store;

/**
 * The user on whose behalf the store reads or writes. Admins get no bypass of preset privacy: an
 * admin sees system presets, shared presets and their own, like every user.
 */
public record Viewer(long userId, boolean admin) {

    public static Viewer of(User user) {
        return new Viewer(user.id(), user.role() == Role.ADMIN);
    }
}
