package kgraph.cli.commands;

import java.nio.file.Path;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.kernel.VmlinuxImageSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "vmlinux", mixinStandardHelpOptions = true,
        description = {"Import a kernel from its vmlinux with debug info.",
            "An ELF with DWARF 4 or 5 (and, with --modules, its .ko files).",
            "Functions, their definitions, inlining and call sites come from DWARF, symbols and",
            "GCC's renames from .symtab, prototypes from .BTF, classified as DepSurf does.",
            "The image is named from the kernel's 'Linux version' banner and ELF machine unless",
            "--name, or --version with --flavor and --arch, is given."})
public final class ImportVmlinuxCommand extends ImportSourcesCommand {

    @Parameters(paramLabel = "FILE", description = "The vmlinux, e.g. usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64.")
    Path file;

    @ArgGroup(exclusive = true)
    Naming naming = new Naming();

    @Option(names = "--modules", paramLabel = "DIR",
            description = "Also the image's modules: a folder of .ko files (e.g. /lib/modules/RELEASE), read recursively.")
    Path modules;

    static final class Naming {
        @Option(names = "--name", paramLabel = "IMAGE", description = "Image name, e.g. 6.12.117+deb12-cloud-amd64.")
        String name;

        @ArgGroup(exclusive = false)
        Parts parts;
    }

    static final class Parts {
        @Option(names = "--version", required = true, paramLabel = "V", description = "Kernel version and revision, e.g. 6.12.117+deb12 or 5.4.0-26.")
        String version;

        @Option(names = "--flavor", required = true, paramLabel = "F", description = "Flavor, e.g. cloud or generic.")
        String flavor;

        @Option(names = "--arch", required = true, paramLabel = "A", description = "Debian architecture, e.g. amd64.")
        String arch;
    }

    @Override
    List<? extends ImageSource> sources() {
        String name = naming.name;
        if (naming.parts != null) {
            name = naming.parts.version + "-" + naming.parts.flavor + "-" + naming.parts.arch;
        }
        return List.of(VmlinuxImageSource.of(file, name, modules));
    }

    @Override
    String describeInput(List<? extends ImageSource> sources) {
        return "image " + sources.get(0).name() + " from " + file;
    }
}
