package kgraph.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show stack traces and tool output. */
public final class VerboseOption {

    @Option(names = {"-v", "--verbose"}, scope = picocli.CommandLine.ScopeType.INHERIT, description = "Show more: stack traces on errors, tool output.")
    boolean verbose;

    public boolean verbose() {
        return verbose;
    }
}
