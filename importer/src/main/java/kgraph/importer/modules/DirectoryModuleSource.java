package kgraph.importer.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kgraph.importer.btf.BtfTypes;

/**
 * Modules from a directory tree: every {@code .ko[.xz|.zst|.gz]} file, and the index files and
 * config ({@code modules.builtin}, {@code modules.builtin.modinfo}, {@code modules.dep},
 * {@code config-*}) wherever they are in it, those read first.
 */
final class DirectoryModuleSource implements ModuleSource {

    private final Path directory;
    private final BtfTypes vmlinuxBtf;

    DirectoryModuleSource(Path directory, BtfTypes vmlinuxBtf) {
        this.directory = directory;
        this.vmlinuxBtf = vmlinuxBtf;
    }

    @Override
    public void readInto(ModuleWorkers workers) {
        List<Path> files = files();
        ModulesMetadata metadata = new ModulesMetadata();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith("config-")) {
                metadata.add("config", ByteBuffer.wrap(readAll(file)));
            } else if (ModulePath.isMetadataName(name)) {
                metadata.add(name, ByteBuffer.wrap(readAll(file)));
            }
        }
        ModuleJobs jobs = new ModuleJobs(directory.toString(), metadata, vmlinuxBtf);
        for (Path file : files) {
            String relative = directory.relativize(file).toString();
            Optional<ModulePath> module = ModulePath.ofFile(relative);
            if (module.isPresent()) {
                byte[] bytes;
                try (InputStream in = Files.newInputStream(file)) {
                    bytes = ModuleDecompression.readAll(module.get().compression(), in, Files.size(file));
                } catch (IOException e) {
                    throw jobs.unreadable(relative, e);
                }
                jobs.submit(workers, relative, bytes, null);
            }
        }
        workers.finish();
        jobs.runBuiltins(workers);
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
