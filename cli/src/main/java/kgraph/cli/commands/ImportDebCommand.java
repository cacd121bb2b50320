package kgraph.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.kernel.DebImageSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "deb", mixinStandardHelpOptions = true,
        description = {"Import kernels straight from their Debian or Ubuntu packages.",
            "Nothing is unpacked to disk. Give the -dbg .deb or dbgsym .ddeb that holds the vmlinux",
            "with debug info (e.g. linux-image-6.12.117+deb12-cloud-amd64-dbg_6.12.117-1~deb12u1_amd64.deb);",
            "the modules' debug files in it are read too (each module a node; a function of a module",
            "is present there, not Absent).",
            "Each image is named from its package's kernel release and architecture."})
public final class ImportDebCommand extends ImportSourcesCommand {

    @Parameters(paramLabel = "PACKAGE", arity = "1..*", description = "Kernel packages (.deb, .ddeb).")
    List<Path> packages = new ArrayList<>();

    @Option(names = "--name", paramLabel = "IMAGE", description = "Image name (only with one PACKAGE).")
    String name;

    @Option(names = "--no-modules", description = "Leave out the modules the package ships (vmlinux only, as DepSurf).")
    boolean noModules;

    @Override
    List<? extends ImageSource> sources() {
        requireOneInputFor(name, packages, "PACKAGE");
        return packages.stream().map(deb -> DebImageSource.open(deb, name, !noModules)).toList();
    }

    @Override
    String describeInput(List<? extends ImageSource> sources) {
        return sources.size() + " kernel package(s): "
                + String.join(", ", sources.stream().map(ImageSource::name).toList());
    }
}
