package kgraph.importer.modules;

/** Told after each module has been handed to the consumer. */
@FunctionalInterface
public interface ModuleProgress {

    ModuleProgress SILENT = (done, path) -> { };

    void moduleRead(int modulesDone, String path);
}
