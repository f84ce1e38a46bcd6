package dev.setpoint.cli;

import dev.setpoint.core.Problem;
import dev.setpoint.core.SetpointException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the text files users name: at most 4 MiB of strict UTF-8, every failure naming the file. */
public final class InputFiles {

    /** The largest file read. Larger files are refused before they are read whole. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private InputFiles() {}

    /**
     * The text of {@code file} (a path relative to the working directory, as the user wrote it).
     *
     * @throws FileAccessException when it is missing, a directory or unreadable
     * @throws SetpointException TOO_LARGE above {@link #MAX_BYTES}; INVALID when it is not UTF-8
     */
    public static String read(Context context, String file) {
        Path path = context.resolve(file);
        if (Files.isDirectory(path)) {
            throw new FileAccessException(file, "is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new FileAccessException(file, "no such file");
        } catch (IOException e) {
            throw new FileAccessException(file, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new SetpointException(
                    SetpointException.Kind.TOO_LARGE,
                    file,
                    "is larger than 4 MiB (" + MAX_BYTES + " bytes), the limit for a file");
        }
        return decode(file, bytes);
    }

    /** {@code e} with every problem located in {@code file}: {@code presets.json: /preset/name: ...}. */
    public static SetpointException located(String file, SetpointException e) {
        return new SetpointException(
                e.kind(),
                e.problems().stream()
                        .map(p -> new Problem(p.path().isEmpty() ? file : file + ": " + p.path(), p.message()))
                        .toList());
    }

    // A decoder that reports bad bytes rather than replacing them, so a Latin-1 file is an error, not mojibake.
    private static String decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw SetpointException.invalid(
                    file,
                    "is not UTF-8 text: invalid byte sequence at byte " + in.position() + "; save the file as UTF-8");
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
