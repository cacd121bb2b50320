package kgraph.importer.modules;

/** Whether a module is linked into vmlinux or shipped as a {@code .ko} that is loaded at run time. */
public enum ModuleLinkage {
    BUILT_IN, LOADABLE
}
