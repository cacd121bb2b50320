package kgraph.queries.api;

/** The database cannot be used: missing, locked by another process, or refusing the request. */
public class KgraphDatabaseException extends RuntimeException {

    public enum Reason { MISSING, IN_USE, REFUSED, FAILED }

    private final Reason reason;

    public KgraphDatabaseException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public KgraphDatabaseException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
