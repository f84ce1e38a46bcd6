package dev.setpoint.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTP/1.1 over a plain socket, for the headers Java's client will not send as given ({@code Host}).
 * A response is kept as its text: the status line, every header and the body, as they came.
 */
final class RawHttp {

    private RawHttp() {}

    /** A request's method, path, extra header lines ({@code "Name: value"}) and body. */
    record Request(String method, String path, List<String> headers, String body) {
        static Request get(String path, String... headers) {
            return new Request("GET", path, List.of(headers), null);
        }

        static Request post(String path, String json, String... headers) {
            List<String> all = new ArrayList<>(List.of(headers));
            all.add("Content-Type: application/json");
            return new Request("POST", path, all, json);
        }

        Request with(String header) {
            List<String> all = new ArrayList<>(headers);
            all.add(header);
            return new Request(method, path, all, body);
        }

        @Override
        public String toString() {
            return method + " " + path + " " + headers;
        }
    }

    /** Sends {@code request} with {@code host} as its Host header; the whole response as text. */
    static String exchange(int port, String host, Request request) {
        byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n")
                .append("Host: ")
                .append(host)
                .append("\r\nConnection: close\r\n")
                .append("Content-Length: ")
                .append(body.length)
                .append("\r\n");
        request.headers().forEach(header -> head.append(header).append("\r\n"));
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the first header {@code name} in a response's text, or null. */
    static String header(String response, String name) {
        for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }
}
