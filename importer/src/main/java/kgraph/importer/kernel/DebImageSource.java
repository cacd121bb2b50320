package kgraph.importer.kernel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.ImageSource;
import kgraph.importer.ImportListener;
import kgraph.importer.deb.DataEntry;
import kgraph.importer.deb.KernelPackage;
import kgraph.importer.elf.ElfFile;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.model.ImageName;
import kgraph.importer.modules.ModuleSet;

/**
 * A kernel read straight out of its Debian or Ubuntu package ({@code -dbg} {@code .deb}, dbgsym
 * {@code .ddeb}): the vmlinux with debug info is decompressed into memory, never onto disk, and
 * the image is named from the package (release and architecture).
 */
public final class DebImageSource implements ImageSource {

    private final KernelPackage kernelPackage;
    private final ImageName image;
    private final boolean withModules;

    private DebImageSource(KernelPackage kernelPackage, ImageName image, boolean withModules) {
        this.kernelPackage = kernelPackage;
        this.image = image;
        this.withModules = withModules;
    }

    /** The package's kernel with its modules; see {@link #open(Path, String, boolean)}. */
    public static DebImageSource open(Path deb, String name) {
        return open(deb, name, true);
    }

    /**
     * Lists the package (one pass over it) to find its kernel; {@code name} overrides the image
     * name; {@code withModules} also reads the modules it ships (another pass).
     */
    public static DebImageSource open(Path deb, String name, boolean withModules) {
        KernelPackage kernelPackage = KernelPackage.open(deb);
        kernelPackage.vmlinux();
        String imageName = name != null ? name : kernelPackage.imageName();
        return new DebImageSource(kernelPackage, ImageName.forInput(deb, imageName), withModules);
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
        DataEntry vmlinux = kernelPackage.vmlinux();
        listener.reading(image.name(), "bytes of " + vmlinux.name(), 0, vmlinux.size());
        ByteBuffer bytes = kernelPackage.readVmlinux();
        listener.reading(image.name(), "bytes of " + vmlinux.name(), vmlinux.size(), vmlinux.size());
        ElfFile elf = ElfFile.of(kernelPackage.deb().path() + "!" + vmlinux.name(), bytes);
        boolean hasModules = !kernelPackage.files().debugModules().isEmpty()
                || !kernelPackage.files().modules().isEmpty();
        Path deb = kernelPackage.deb().path();
        return new KernelImageExtractor(image, config()).extract(elf, listener,
                withModules && hasModules ? btf -> ModuleSet.fromPackages(deb, null, btf) : null);
    }

    private List<String> config() {
        return kernelPackage.files().config()
                .map(entry -> StandardCharsets.UTF_8.decode(kernelPackage.read(entry)).toString())
                .map(text -> text.lines().filter(line -> line.startsWith("CONFIG_")).map(String::strip).toList())
                .orElse(List.of());
    }
}
