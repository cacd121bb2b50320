package kgraph.importer.modules;

import kgraph.importer.BadInputException;

/**
 * A module that cannot be read, in one line: the package or directory, then the reader's own
 * message, which names the member and the offset ({@code x.deb: usr/lib/.../kvm.ko: offset 0x40: ...}).
 */
public class ModuleFormatException extends BadInputException {

    public ModuleFormatException(String container, String member, RuntimeException cause) {
        super(container + ": " + describe(member, cause), cause);
    }

    public ModuleFormatException(String container, String member, String message, Throwable cause) {
        super(container + ": " + member + ": " + message, cause);
    }

    private static String describe(String member, RuntimeException cause) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof BadInputException && message.startsWith(member)) {
            return message;
        }
        // Not one of kgraph's readers: an unexpected failure, whose message does not locate it.
        return member + ": " + (cause instanceof BadInputException ? "" : cause.getClass().getSimpleName() + ": ")
                + message;
    }
}
