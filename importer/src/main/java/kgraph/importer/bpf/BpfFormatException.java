package kgraph.importer.bpf;

import kgraph.importer.BadInputException;

/** An eBPF object or dependency list that cannot be read, located by file and section, offset or line. */
public class BpfFormatException extends BadInputException {

    public BpfFormatException(String message) {
        super(message);
    }

    /** {@code where} names the file and, where there is one, the section: {@code x.o: section .BTF.ext}. */
    static BpfFormatException at(String where, long offset, String message) {
        return new BpfFormatException(where + ": offset 0x" + Long.toHexString(offset) + ": " + message);
    }

    static BpfFormatException atLine(String file, int line, String message) {
        return new BpfFormatException(file + ":" + line + ": " + message);
    }
}
