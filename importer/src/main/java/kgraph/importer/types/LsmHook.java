package kgraph.importer.types;

import kgraph.importer.btf.Prototype;

/**
 * An LSM hook: its name ({@code file_open}) and prototype, named after the hook
 * ({@code int file_open(struct file *file);}); null where no prototype was found.
 */
public record LsmHook(String name, Prototype prototype) {
}
