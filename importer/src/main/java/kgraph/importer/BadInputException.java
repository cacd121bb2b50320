package kgraph.importer;

/**
 * An input kgraph cannot read: a dataset line, an ELF, DWARF or BTF section, a package. The
 * message is one line that names the file and the position in it.
 */
public class BadInputException extends RuntimeException {

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public BadInputException(String message) {
        super(message);
    }
}
