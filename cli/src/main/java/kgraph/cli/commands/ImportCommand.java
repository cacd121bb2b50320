package kgraph.cli.commands;

import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import kernel data into the graph.",
        subcommands = {ImportDepsurfCommand.class, ImportVmlinuxCommand.class, ImportDebCommand.class, ImportBtfCommand.class, ImportRunningCommand.class})
public final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
