package kgraph.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kgraph.cli.DbOptions;
import kgraph.cli.KgraphCommand;
import kgraph.cli.OutputOptions;
import kgraph.importer.ImageSource;
import kgraph.importer.ImportSummary;
import kgraph.importer.neo4j.GraphImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code import} subcommand shares: where the images go ({@code --db}/{@code --uri}),
 * how (bulk or transactional), progress on stderr and the summary on stdout.
 */
abstract class ImportSourcesCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true)
    ModeOption mode = new ModeOption();

    static final class ModeOption {
        @Option(names = "--bulk", description = "Require the bulk path (a new database only).")
        boolean bulk;

        @Option(names = "--transactional", description = "Use Cypher transactions even for a new database.")
        boolean transactional;

        @Option(names = "--dry-run", description = "Read and check the input, print what it holds, write nothing.")
        boolean dryRun;

        GraphImport.Mode mode() {
            if (dryRun) {
                return GraphImport.Mode.CHECK;
            }
            if (bulk) {
                return GraphImport.Mode.BULK;
            }
            return transactional ? GraphImport.Mode.TRANSACTIONAL : GraphImport.Mode.AUTO;
        }
    }

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    /** The images to import, named and ready to read; reading happens in the import. */
    abstract List<? extends ImageSource> sources();

    /** What is being imported, for the first progress line, e.g. "2 BTF files". */
    abstract String describeInput(List<? extends ImageSource> sources);

    /** {@code --name} names one image, so it goes with one input only. */
    static void requireOneInputFor(String name, List<?> inputs, String inputLabel) {
        if (name != null && inputs.size() > 1) {
            throw new IllegalArgumentException("--name names one image; give one " + inputLabel + " with it");
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        KgraphCommand root = KgraphCommand.root(spec);
        DbOptions db = root.db();
        List<? extends ImageSource> sources = sources();
        err.println(mode.dryRun ? "kgraph: checking " + describeInput(sources) + " (dry run: nothing is written)"
                : "kgraph: importing " + describeInput(sources) + " into " + db.describe());
        err.flush();
        ImportSummary summary = ImportTarget.run(db, sources, mode.mode(), new ImportProgress(err, root.verbose()));
        new ImportSummaryPrinter(spec.commandLine().getOut(), output.json()).print(summary);
        return 0;
    }
}
