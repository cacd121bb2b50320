package kgraph.importer.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kgraph.importer.btf.BtfTypes;
import kgraph.importer.deb.DataEntry;
import kgraph.importer.deb.DebPackage;
import kgraph.importer.elf.ElfFile;

/**
 * Modules from a kernel's Debian packages, each package's {@code data.tar} streamed once: first the
 * image package (small: the installed modules' {@code .modinfo} and {@code .BTF} are kept, the
 * index files and the config read), then the debug package, whose files are extracted in parallel
 * as the stream reaches them.
 */
final class PackageModuleSource implements ModuleSource {

    private final Path debugDeb;
    private final Path imageDeb;
    private final BtfTypes vmlinuxBtf;

    PackageModuleSource(Path debugDeb, Path imageDeb, BtfTypes vmlinuxBtf) {
        this.debugDeb = debugDeb;
        this.imageDeb = imageDeb;
        this.vmlinuxBtf = vmlinuxBtf;
    }

    @Override
    public void readInto(ModuleWorkers workers) {
        ModulesMetadata metadata = new ModulesMetadata();
        if (debugDeb == null) {
            ModuleJobs jobs = new ModuleJobs(imageDeb.toString(), metadata, vmlinuxBtf);
            scan(imageDeb, metadata, (member, bytes) -> jobs.submit(workers, member.member(), bytes, null), jobs);
            workers.finish();
            jobs.runBuiltins(workers);
            return;
        }
        Map<String, InstalledModule> installed = new LinkedHashMap<>();
        if (imageDeb != null) {
            ModuleJobs imageJobs = new ModuleJobs(imageDeb.toString(), metadata, vmlinuxBtf);
            scan(imageDeb, metadata, (member, bytes) -> installed.put(member.relative(),
                    new InstalledModule(member.member(), installedParts(imageJobs, member, bytes))), imageJobs);
        }
        ModuleJobs jobs = new ModuleJobs(debugDeb.toString(), metadata, vmlinuxBtf);
        scan(debugDeb, metadata, (member, bytes) -> {
            InstalledModule counterpart = installed.remove(member.relative());
            jobs.submit(workers, member.member(), bytes, counterpart == null ? null : counterpart.parts());
        }, jobs);
        workers.finish();
        for (InstalledModule withoutDebugFile : installed.values()) {
            jobs.runWithoutFile(workers, withoutDebugFile.member(), withoutDebugFile.parts());
        }
        jobs.runBuiltins(workers);
    }

    private record InstalledModule(String member, ModuleFileSections parts) {
    }

    private static ModuleFileSections installedParts(ModuleJobs jobs, ModulePath member, byte[] bytes) {
        try {
            ModuleFileSections parts = ModuleFileSections.of(ElfFile.of(member.member(), ByteBuffer.wrap(bytes)));
            // The symbols are left out: a stripped file's are the debug file's, and they are large.
            return new ModuleFileSections(parts.modinfo(), parts.btf(), null).detached();
        } catch (RuntimeException e) {
            throw jobs.failure(member.member(), e);
        }
    }

    private interface ModuleFileHandler {
        void handle(ModulePath member, byte[] bytes);
    }

    private static void scan(Path deb, ModulesMetadata metadata, ModuleFileHandler handler, ModuleJobs jobs) {
        DebPackage.open(deb).scan(PackageModuleSource::wanted, (DataEntry entry, InputStream content) -> {
            Optional<ModulePath> module = ModulePath.of(entry.name());
            if (module.isPresent()) {
                byte[] bytes;
                try {
                    bytes = ModuleDecompression.readAll(module.get().compression(), content, entry.size());
                } catch (IOException e) {
                    throw jobs.unreadable(entry.name(), e);
                }
                handler.handle(module.get(), bytes);
            } else if (ModulePath.isConfig(entry.name())) {
                metadata.add("config", ByteBuffer.wrap(content.readAllBytes()));
            } else {
                metadata.add(ModulePath.metadataFile(entry.name()).orElseThrow(), ByteBuffer.wrap(content.readAllBytes()));
            }
        });
    }

    private static boolean wanted(String name) {
        return ModulePath.isModule(name) || ModulePath.isConfig(name) || ModulePath.metadataFile(name).isPresent();
    }
}
