package kgraph.importer.btf;

import java.nio.file.Path;
import kgraph.importer.BadInputException;

/** A BTF blob that cannot be read, located by file and byte offset. */
public class BtfFormatException extends BadInputException {

    public BtfFormatException(Path file, long offset, String message) {
        this(file.toString(), offset, message);
    }

    public BtfFormatException(String source, long offset, String message) {
        super(source + ": offset 0x" + Long.toHexString(offset) + ": " + message);
    }
}
