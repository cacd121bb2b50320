package kgraph.cli;

/** kgraph's exit codes; 0, 1 and 2 keep picocli's meanings. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int SOFTWARE = 1;
    public static final int USAGE = 2;
    public static final int DATABASE = 3;
    public static final int NOT_FOUND = 4;
    public static final int BAD_INPUT = 5;
    /** {@code kgraph impact}: a dependency would break on a target image. */
    public static final int IMPACT = 6;


    private ExitCodes() {
    }
}
