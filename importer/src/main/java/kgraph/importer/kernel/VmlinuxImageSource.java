package kgraph.importer.kernel;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.BadInputException;
import kgraph.importer.ImageSource;
import kgraph.importer.ImportListener;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.model.ImageName;
import kgraph.importer.model.ImageNames;
import kgraph.importer.modules.ModuleSet;

/** A vmlinux with debug info on disk, e.g. {@code usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64}. */
public record VmlinuxImageSource(Path file, ImageName image, Path modules) implements ImageSource {

    /**
     * Names the image {@code name} when given, else from the kernel's own banner and ELF machine
     * ({@code Linux version 6.12.117+deb12-cloud-amd64} → {@code 6.12.117+deb12-cloud-amd64}).
     */
    public static VmlinuxImageSource of(Path file, String name) {
        return of(file, name, null);
    }

    /** With {@code modules}, a folder of the image's {@code .ko} files (searched recursively), or null. */
    public static VmlinuxImageSource of(Path file, String name, Path modules) {
        if (name != null) {
            return new VmlinuxImageSource(file, ImageName.forInput(file, name), modules);
        }
        ElfFile elf = ElfFile.open(file);
        String release = KernelBanner.fromBanner(elf.data(".rodata")).orElseThrow(() -> new BadInputException(
                file + ": no 'Linux version' banner in .rodata to name the image by; give --name"));
        String arch = KernelBanner.debianArch(elf.machine(), elf.is64(),
                elf.byteOrder() == ByteOrder.LITTLE_ENDIAN);
        return new VmlinuxImageSource(file, ImageName.forInput(file, ImageNames.of(release, arch)), modules);
    }

    @Override
    public String name() {
        return image.name();
    }

    @Override
    public ImageGraph read() {
        return read(ImportListener.SILENT);
    }

    @Override
    public ImageGraph read(ImportListener listener) {
        return new KernelImageExtractor(image, List.of()).extract(ElfFile.open(file), listener,
                modules == null ? null : btf -> ModuleSet.fromDirectory(modules, btf));
    }
}
