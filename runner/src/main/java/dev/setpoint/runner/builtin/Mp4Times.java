package dev.setpoint.runner.builtin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Zeroes the creation and modification times jcodec writes into an MP4's movie, track and media
 * headers, so that the same seed gives the same bytes at any time.
 */
final class Mp4Times {

    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia");
    private static final Set<String> HEADERS = Set.of("mvhd", "tkhd", "mdhd");

    private Mp4Times() {}

    static void clear(Path file) throws IOException {
        ByteBuffer mp4 = ByteBuffer.wrap(Files.readAllBytes(file));
        walk(mp4, 0, mp4.limit());
        Files.write(file, mp4.array());
    }

    private static void walk(ByteBuffer mp4, long start, long end) {
        long pos = start;
        while (pos + 8 <= end) {
            long size = Integer.toUnsignedLong(mp4.getInt((int) pos));
            String type = new String(mp4.array(), (int) pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (size == 1) {
                size = mp4.getLong((int) pos + 8);
            } else if (size == 0) {
                size = end - pos;
            }
            if (size < 8) {
                return;
            }
            if (CONTAINERS.contains(type)) {
                walk(mp4, pos + 8, pos + size);
            } else if (HEADERS.contains(type)) {
                int version = mp4.get((int) pos + 8);
                int times = version == 1 ? 16 : 8;
                for (int i = 0; i < times; i++) {
                    mp4.put((int) pos + 12 + i, (byte) 0);
                }
            }
            pos += size;
        }
    }
}
