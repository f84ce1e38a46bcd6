package dev.setpoint.server.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Why a multipart body cannot be read, in the request's terms. The container's reasons name its
 * upload classes, so the request itself is looked at: a Content-Type without a boundary, or else a
 * body that does not follow it (cut short, say).
 */
final class MultipartProblems {

    private MultipartProblems() {}

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static String detail(HttpServletRequest request) {
        String type = request.getContentType();
        boolean bounded = type != null && type.toLowerCase(Locale.ROOT).contains("boundary=");
        return "the request's multipart body cannot be read: "
                + (bounded
                        ? "it is cut short or malformed (each part starts with --boundary, the last ends with --boundary--)"
                        : "its Content-Type names no boundary (multipart/form-data; boundary=...)");
    }
}
