package kgraph.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.depsurf.DepsurfDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "depsurf", mixinStandardHelpOptions = true,
        description = {"Import a DepSurf dataset folder (<kind>/<image>.jsonl[.gz], DepSurf's own layout).",
            "A new database is built with Neo4j's bulk importer; into an existing one each image",
            "goes in its own transaction, replacing an image of the same name. Every image is",
            "read and checked before anything is written: bad input changes nothing.",
            "With --uri the images go to a Neo4j server, always through transactions."})
public final class ImportDepsurfCommand extends ImportSourcesCommand {

    @Parameters(paramLabel = "DIR", description = "The dataset folder, e.g. sample/depsurf or ../shared/depsurf.")
    Path dataset;

    @Option(names = "--image", paramLabel = "NAME", description = "Import only this image (repeatable).")
    List<String> images = new ArrayList<>();

    private DepsurfDataset data;

    @Override
    List<? extends ImageSource> sources() {
        data = DepsurfDataset.open(dataset);
        return data.sources(images);
    }

    @Override
    String describeInput(List<? extends ImageSource> sources) {
        return (images.isEmpty() ? "all images" : images.size() + " image(s)") + " from " + data.root();
    }
}
