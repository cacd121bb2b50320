package kgraph.importer.modules;

/** Where module files come from: reads each and gives its extraction to the workers. */
interface ModuleSource {

    void readInto(ModuleWorkers workers);
}
