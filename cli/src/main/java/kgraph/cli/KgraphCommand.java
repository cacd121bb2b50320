package kgraph.cli;

import java.util.Map;
import kgraph.cli.commands.CalleesCommand;
import kgraph.cli.commands.ChangesCommand;
import kgraph.cli.commands.CallersCommand;
import kgraph.cli.commands.CypherCommand;
import kgraph.cli.commands.ImpactCommand;
import kgraph.cli.commands.DiffCommand;
import kgraph.cli.commands.ImagesCommand;
import kgraph.cli.commands.ImportCommand;
import kgraph.cli.commands.PresenceCommand;
import kgraph.cli.commands.ReportCommand;
import kgraph.cli.commands.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "kgraph",
        mixinStandardHelpOptions = true,
        version = "kgraph 0.1.0",
        description = {
            "The Linux kernel's dependency surface for eBPF as a Neo4j graph.",
            "Is a function there on every kernel you support? Is it inlined, renamed or",
            "duplicated? Who calls it?"},
        subcommands = {
            ImportCommand.class,
            ImagesCommand.class,
            PresenceCommand.class,
            CallersCommand.class,
            CalleesCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            ChangesCommand.class,
            ImpactCommand.class,
            CypherCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Internal error (run with --verbose for the stack trace).",
            "2:Bad command line.",
            "3:Database missing, in use by another process, or refusing the request; Neo4j server unreachable or refusing the password.",
            "4:Function or image not found.",
            "5:Bad input data (file and position are named); nothing was imported.",
            "6:kgraph impact: a dependency would break on a target image."},
        footer = {"", "The database is a folder: --db PATH, or $KGRAPH_DB, or ~/.kgraph/db;",
            "or a Neo4j server: --uri bolt://HOST:7687 [--user neo4j], password from $KGRAPH_PASSWORD."})
public final class KgraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DbOptions db;

    public KgraphCommand() {
        this(System.getenv(), new TerminalPrompt());
    }

    KgraphCommand(Map<String, String> environment, PasswordPrompt prompt) {
        this.db = new DbOptions(environment, prompt);
    }

    @CommandLine.Mixin
    VerboseOption verbose;

    /** The global options, which every subcommand inherits. */
    public static KgraphCommand root(CommandLine.Model.CommandSpec spec) {
        return (KgraphCommand) spec.root().userObject();
    }

    public DbOptions db() {
        return db;
    }

    public boolean verbose() {
        return verbose.verbose();
    }

    /** The command line used by {@code main} and by tests alike. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv(), new TerminalPrompt());
    }

    /** The command line with this environment and this way of asking for passwords, instead of the process's. */
    static CommandLine commandLine(Map<String, String> environment, PasswordPrompt prompt) {
        CommandLine cli = new CommandLine(new KgraphCommand(environment, prompt));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
