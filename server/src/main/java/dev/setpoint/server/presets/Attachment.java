package dev.setpoint.server.presets;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for any file name (RFC 6266): an ASCII {@code filename}
 * for old clients and {@code filename*} in UTF-8 (RFC 8187) with the exact name.
 */
final class Attachment {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~";

    private Attachment() {}

    static String header(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Non-ASCII characters become '_', and quotes and backslashes too, so the quoted string stays valid. */
    static String asciiFallback(String fileName) {
        StringBuilder out = new StringBuilder();
        fileName.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    /** RFC 8187 value characters: letters, digits and attr-char kept, every other UTF-8 byte as %XX. */
    static String encode(String fileName) {
        StringBuilder out = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHAR.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
