package kgraph.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.btf.BtfImageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "btf", mixinStandardHelpOptions = true,
        description = {"Import images known only by their BTF.",
            "A raw .BTF blob, e.g. /sys/kernel/btf/vmlinux or Debian's.",
            "Functions get their prototypes; inlining, collisions and call edges need DWARF and",
            "stay unknown. The image is named after the file unless --name is given."})
public final class ImportBtfCommand extends ImportSourcesCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "BTF blobs, e.g. 6.1.0-56-cloud-amd64.btf.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--name", paramLabel = "IMAGE", description = "Image name (only with one FILE).")
    String name;

    @Override
    List<? extends ImageSource> sources() {
        requireOneInputFor(name, files, "FILE");
        return files.stream().map(file -> BtfImageSource.of(file, name)).toList();
    }

    @Override
    String describeInput(List<? extends ImageSource> sources) {
        return sources.size() + " BTF file(s)";
    }
}
