package kgraph.cli.commands;

import java.nio.file.Path;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.kernel.RunningKernelSource;
import kgraph.importer.model.ImageName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "running", mixinStandardHelpOptions = true,
        description = {"Import the kernel this machine runs.",
            "From /sys/kernel/btf/vmlinux (functions and prototypes, types) and /proc/kallsyms",
            "(symbols and GCC's renames). Inlining, collisions and call edges need DWARF and stay",
            "unknown. Named after `uname -r` and the architecture."})
public final class ImportRunningCommand extends ImportSourcesCommand {

    @Option(names = "--name", paramLabel = "IMAGE", description = "Image name instead of `uname -r`-ARCH.")
    String name;

    @Option(names = "--btf", paramLabel = "FILE", description = "The kernel's BTF (default: ${DEFAULT-VALUE}).")
    Path btf = RunningKernelSource.SYS_BTF;

    @Option(names = "--kallsyms", paramLabel = "FILE",
            description = "Its symbols, /proc/kallsyms or a System.map (default: ${DEFAULT-VALUE}).")
    Path kallsyms = RunningKernelSource.PROC_KALLSYMS;

    @Override
    List<? extends ImageSource> sources() {
        RunningKernelSource machine = RunningKernelSource.thisMachine(name);
        ImageName image = machine.image();
        return List.of(new RunningKernelSource(btf, kallsyms, image));
    }

    @Override
    String describeInput(List<? extends ImageSource> sources) {
        return "image " + sources.get(0).name() + " from " + btf + " and " + kallsyms;
    }
}
