package dev.setpoint.store;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Candidate slugs for a new preset: the base, then numbered, then random once numbers keep colliding. */
final class Slugs {

    static final int MAX_LENGTH = 64;
    private static final int NUMBERED = 5;

    private Slugs() {}

    /** The candidate for the {@code attempt}-th try, counting from 1; always a valid preset id. */
    static String candidate(String base, int attempt) {
        if (attempt == 1) {
            return base;
        }
        String suffix = attempt <= NUMBERED
                ? "-" + attempt
                : "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String head =
                base.length() + suffix.length() <= MAX_LENGTH ? base : base.substring(0, MAX_LENGTH - suffix.length());
        return head + suffix;
    }
}
