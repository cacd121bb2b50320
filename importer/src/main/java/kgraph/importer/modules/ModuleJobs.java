package kgraph.importer.modules;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.elf.ElfFile;

/**
 * Turns the module files of one package or directory into extraction work for the workers, naming
 * each bad file by its container and member, and hands over the built-in modules that had no file.
 */
final class ModuleJobs {

    private final String container;
    private final ModulesMetadata metadata;
    private final ModuleExtractor extractor;
    private final Set<String> namesWithFiles = new HashSet<>();

    ModuleJobs(String container, ModulesMetadata metadata, BtfTypes vmlinuxBtf) {
        this.container = container;
        this.metadata = metadata;
        this.extractor = new ModuleExtractor(vmlinuxBtf, metadata);
    }

    /** A module file in memory; {@code installed} (or null) fills in the parts it lacks. */
    void submit(ModuleWorkers workers, String member, byte[] bytes, ModuleFileSections installed) {
        namesWithFiles.add(ModuleNames.fromPath(member));
        workers.submit(member, bytes.length, () -> {
            try {
                ElfFile elf = ElfFile.of(member, ByteBuffer.wrap(bytes));
                return extractor.extract(member, elf, installed);
            } catch (RuntimeException e) {
                throw failure(member, e);
            }
        });
    }

    /** A module known only from the parts read from its installed file (no debug file for it). */
    void runWithoutFile(ModuleWorkers workers, String member, ModuleFileSections installed) {
        namesWithFiles.add(ModuleNames.fromPath(member));
        workers.runHere(member, () -> {
            try {
                return extractor.extract(member, null, installed);
            } catch (RuntimeException e) {
                throw failure(member, e);
            }
        });
    }

    /** A module file that a reader refused. */
    ModuleFormatException failure(String member, RuntimeException cause) {
        return new ModuleFormatException(container, member, cause);
    }

    /** A file that could not be read or decompressed at all. */
    ModuleFormatException unreadable(String member, Exception cause) {
        return new ModuleFormatException(container, member, "cannot read the module file: " + cause.getMessage(),
                cause);
    }

    /** Every built-in module named by the index files, except any that turned up as a file. */
    void runBuiltins(ModuleWorkers workers) {
        for (Map.Entry<String, String> builtin : metadata.builtinModules().entrySet()) {
            if (!namesWithFiles.contains(builtin.getKey())) {
                workers.runHere(builtin.getValue(), () -> extractor.builtin(builtin.getKey(), builtin.getValue()));
            }
        }
    }
}
