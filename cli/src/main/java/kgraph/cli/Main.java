package kgraph.cli;

import picocli.CommandLine;

public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exit = KgraphCommand.commandLine().execute(args);
        System.exit(exit);
    }
}
