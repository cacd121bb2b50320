package kgraph.cli;

/** A failure to report as one line with a given exit code. */
public class KgraphException extends RuntimeException {

    private final int exitCode;

    public KgraphException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
