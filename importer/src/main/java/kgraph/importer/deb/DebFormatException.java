package kgraph.importer.deb;

import java.nio.file.Path;
import kgraph.importer.BadInputException;

/**
 * A Debian package that cannot be read, in one line naming the file and where in it:
 * {@code pkg.deb: member 3 (data.tar.xz) at byte 1234: truncated xz stream}.
 */
public class DebFormatException extends BadInputException {

    private final Path file;

    public DebFormatException(Path file, String where, String message, Throwable cause) {
        super(file + ": " + (where.isEmpty() ? "" : where + ": ") + message, cause);
        this.file = file;
    }

    public DebFormatException(Path file, String where, String message) {
        this(file, where, message, null);
    }

    public Path file() {
        return file;
    }
}
