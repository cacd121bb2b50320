package kgraph.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kgraph.cli.DbOptions;
import kgraph.cli.KgraphCommand;
import kgraph.cli.OutputOptions;
import kgraph.importer.ImportSummary;
import kgraph.importer.depsurf.DepsurfDataset;
import kgraph.importer.neo4j.GraphImport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "depsurf", mixinStandardHelpOptions = true,
        description = {"Import a DepSurf dataset folder (<kind>/<image>.jsonl[.gz], DepSurf's own layout).",
            "A new database is built with Neo4j's bulk importer; into an existing one each image",
            "goes in its own transaction, replacing an image of the same name. Every image is",
            "read and checked before anything is written: bad input changes nothing.",
            "With --uri the images go to a Neo4j server, always through transactions."})
public final class ImportDepsurfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The dataset folder, e.g. sample/depsurf or ../shared/depsurf.")
    Path dataset;

    @Option(names = "--image", paramLabel = "NAME", description = "Import only this image (repeatable).")
    List<String> images = new ArrayList<>();

    @ArgGroup(exclusive = true)
    ModeOption mode = new ModeOption();

    static final class ModeOption {
        @Option(names = "--bulk", description = "Require the bulk path (a new database only).")
        boolean bulk;

        @Option(names = "--transactional", description = "Use Cypher transactions even for a new database.")
        boolean transactional;

        GraphImport.Mode mode() {
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DbOptions db = KgraphCommand.root(spec).db();
        DepsurfDataset data = DepsurfDataset.open(dataset);
        err.println("kgraph: importing " + (images.isEmpty() ? "all images" : images.size() + " image(s)")
                + " from " + data.root() + " into " + db.describe());
        err.flush();
        ImportProgress progress = new ImportProgress(err, KgraphCommand.root(spec).verbose());
        ImportSummary summary = ImportTarget.run(db, data.sources(images), mode.mode(), progress);
        new ImportSummaryPrinter(spec.commandLine().getOut(), output.json()).print(summary);
        return 0;
    }
}
