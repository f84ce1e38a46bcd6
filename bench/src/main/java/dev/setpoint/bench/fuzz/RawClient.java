package dev.setpoint.bench.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A blocking HTTP/1.1 client on one keep-alive socket that sends {@link FuzzRequest}s exactly as
 * built, reopening the connection when the server closed it. Bodies are kept up to a cap.
 */
final class RawClient implements AutoCloseable {

    private static final int MAX_KEPT_BODY = 256 * 1024;

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private @Nullable Socket socket;
    private @Nullable InputStream in;
    private @Nullable OutputStream out;

    RawClient(InetSocketAddress address, int timeoutMillis) {
        this.address = address;
        this.timeoutMillis = timeoutMillis;
    }

    /** The response as a status, lower-case headers (repeated ones joined by newlines) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Response send(FuzzRequest request) throws IOException {
        byte[] bytes = request.toBytes(address.getHostString() + ":" + address.getPort());
        try {
            return exchange(bytes);
        } catch (IOException e) {
            disconnect(); // a connection the server closed after its last answer: try once on a fresh one
            if (e instanceof java.net.SocketTimeoutException) {
                throw e;
            }
            return exchange(bytes);
        }
    }

    private Response exchange(byte[] bytes) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        out.write(bytes);
        out.flush();
        Response response = read();
        if ("close".equalsIgnoreCase(response.headers().get("connection"))) {
            disconnect();
        }
        return response;
    }

    private Response read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.merge(
                        header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).trim(),
                        (a, b) -> a + "\n" + b);
            }
        }
        int status = Integer.parseInt(parts[1]);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16);
                    size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (headers.containsKey("content-length")) {
            copy(Long.parseLong(headers.get("content-length")), body);
        } else if (status >= 200 && status != 204 && status != 304) {
            copy(Long.MAX_VALUE, body); // delimited by the end of the connection
            disconnect();
        }
        return new Response(status, headers, body.toByteArray());
    }

    private void copy(long length, ByteArrayOutputStream body) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("connection closed inside a body");
            }
            if (body.size() < MAX_KEPT_BODY) {
                body.write(buffer, 0, n);
            }
            left -= n;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        disconnect();
    }

    /** Drops the connection; the next request opens a fresh one. */
    void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a broken connection: nothing left to do with it
            }
            socket = null;
        }
    }
}
