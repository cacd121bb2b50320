package kgraph.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kgraph.cli.KgraphCommand;
import kgraph.cli.OutputOptions;
import kgraph.importer.ImportSummary;
import kgraph.importer.btf.BtfImageSource;
import kgraph.importer.neo4j.GraphImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "btf", mixinStandardHelpOptions = true,
        description = {"Import images known only by their BTF (a raw .BTF blob, e.g. /sys/kernel/btf/vmlinux).",
            "Functions get their prototypes; inlining, collisions and call edges need DWARF and",
            "stay unknown. The image is named after the file unless --name is given."})
public final class ImportBtfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "BTF blobs, e.g. 6.1.0-56-cloud-amd64.btf.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--name", paramLabel = "IMAGE", description = "Image name (only with one FILE).")
    String name;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (name != null && files.size() > 1) {
            throw new IllegalArgumentException("--name names one image; give one FILE with it");
        }
        List<BtfImageSource> sources = files.stream().map(file -> BtfImageSource.of(file, name)).toList();
        PrintWriter err = spec.commandLine().getErr();
        KgraphCommand root = KgraphCommand.root(spec);
        ImportSummary summary = ImportTarget.run(root.db(), sources, GraphImport.Mode.AUTO,
                new ImportProgress(err, root.verbose()));
        new ImportSummaryPrinter(spec.commandLine().getOut(), output.json()).print(summary);
        return 0;
    }
}
