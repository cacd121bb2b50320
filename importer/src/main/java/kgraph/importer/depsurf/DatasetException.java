package kgraph.importer.depsurf;

import java.nio.file.Path;
import kgraph.importer.BadInputException;

/** Bad input in a dataset file, located by file and line (line 0: the file as a whole). */
public class DatasetException extends BadInputException {

    private final Path file;
    private final long line;

    public DatasetException(Path file, long line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public DatasetException(Path file, long line, String message) {
        this(file, line, message, null);
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
