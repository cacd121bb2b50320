package kgraph.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The note a running {@code kgraph serve} leaves in its database folder, so that later commands
 * on the same machine ask it over Bolt instead of starting the database themselves: the
 * server's process, its Bolt address and the local user's password for this run. Readable by
 * the owner only; removed when the server stops, and ignored when its process is gone.
 */
public record LocalServer(long pid, URI bolt, String user, String password) {

    static final String FILE = "kgraph-serve.json";
    private static final JsonMapper JSON = new JsonMapper();

    /** The server serving {@code home}, if one is running. */
    public static Optional<LocalServer> of(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalServer server = JSON.readValue(file.toFile(), LocalServer.class);
            return ProcessHandle.of(server.pid()).filter(ProcessHandle::isAlive).map(p -> server);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Leaves the note, written whole (to a temporary file first) and owner-only. */
    public void write(Path home) {
        try {
            Path temporary = Files.createTempFile(home, "kgraph-serve", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            JSON.writeValue(temporary.toFile(), this);
            Files.move(temporary, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(FILE), e);
        }
    }

    public static void remove(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            // The note names a process that is gone; readers ignore it.
        }
    }
}
