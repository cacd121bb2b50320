package kgraph.cli;

import picocli.CommandLine.Option;

/** {@code --json}: machine-readable output instead of a table. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    public boolean json() {
        return json;
    }
}
