package kgraph.importer.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kgraph.importer.btf.BtfTypes;

/**
 * The modules of one kernel, from its Debian packages or from a directory of {@code .ko} files,
 * read on every core with bounded memory: each module file is read once, extracted into its
 * {@link ModuleFacts} and dropped, and the facts go to a consumer; nothing but the facts the
 * consumer keeps stays in memory.
 *
 * <p>What is loadable and what is built in: every {@code .ko} is a loadable module; a module that
 * {@code modules.builtin} (or a {@code file=} entry of {@code modules.builtin.modinfo}) names and
 * for which there is no {@code .ko} is built into vmlinux and handed over after the files, with what
 * {@code modules.builtin.modinfo} says of it and no functions (they are vmlinux's). The config's
 * {@code CONFIG_<NAME>=m|y} is added where a symbol of the module's name exists.
 */
public final class ModuleSet {

    private final ModuleSource source;
    private final int threads;
    private final long byteBudget;

    private ModuleSet(ModuleSource source, int threads, long byteBudget) {
        this.source = source;
        this.threads = threads;
        this.byteBudget = byteBudget;
    }

    /**
     * The modules of a Debian kernel: the debug files of a {@code -dbg} package
     * ({@code usr/lib/debug/lib/modules/<krel>/**.ko}) and, if given, the image package's installed
     * modules ({@code lib/modules/<krel>/**.ko[.xz|.zst|.gz]}), which supply {@code .modinfo} and
     * {@code .BTF} where a debug file lacks them (a detached debug file keeps only DWARF and symbols),
     * the module index files and {@code boot/config-<krel>}. Either package may be null, not both.
     * A module with an installed file but no debug file comes without DWARF, and, when both packages
     * are read, without symbols (only {@code .modinfo} and {@code .BTF} of installed files are kept
     * while the debug package is read); from the image package alone it has the installed file's symbols.
     *
     * @param vmlinuxBtf the vmlinux's {@code .BTF}, the base of the modules' split BTF; without it no prototypes
     */
    public static ModuleSet fromPackages(Path debugDeb, Path imageDeb, BtfTypes vmlinuxBtf) {
        if (debugDeb == null && imageDeb == null) {
            throw new IllegalArgumentException("neither a debug nor an image package given");
        }
        return new ModuleSet(new PackageModuleSource(debugDeb, imageDeb, vmlinuxBtf), defaultThreads(),
                defaultByteBudget());
    }

    /**
     * Every {@code .ko[.xz|.zst|.gz]} under {@code directory}, with the {@code modules.builtin},
     * {@code modules.builtin.modinfo}, {@code modules.dep} and {@code config-*} files found there.
     */
    public static ModuleSet fromDirectory(Path directory, BtfTypes vmlinuxBtf) {
        return new ModuleSet(new DirectoryModuleSource(directory, vmlinuxBtf), defaultThreads(), defaultByteBudget());
    }

    /** The same modules read on {@code threads} threads holding at most about {@code byteBudget} bytes of files. */
    public ModuleSet withLimits(int threads, long byteBudget) {
        return new ModuleSet(source, Math.max(1, threads), Math.max(1, byteBudget));
    }

    /** Hands every module to {@code consumer}, one call at a time; the first bad module ends the read with its exception. */
    public ModuleCounts read(Consumer<ModuleFacts> consumer) {
        return read(consumer, null, ModuleProgress.SILENT);
    }

    /**
     * Hands every module to {@code consumer}, one call at a time, in no fixed order.
     *
     * @param onBadModule told of each module that cannot be read, the read going on; null to stop at the first
     */
    public ModuleCounts read(Consumer<ModuleFacts> consumer, Consumer<ModuleFormatException> onBadModule,
                             ModuleProgress progress) {
        try (ModuleWorkers workers = new ModuleWorkers(threads, byteBudget, consumer, onBadModule, progress)) {
            source.readInto(workers);
            return workers.finish();
        }
    }

    /** Every module in a list, for small sets. */
    public List<ModuleFacts> readAll() {
        List<ModuleFacts> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    private static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A sixth of the heap: a module being read takes about three times its file's size at the peak. */
    private static long defaultByteBudget() {
        long maxHeap = Runtime.getRuntime().maxMemory();
        return Math.max(64L << 20, Math.min(1L << 30, maxHeap / 6));
    }
}
