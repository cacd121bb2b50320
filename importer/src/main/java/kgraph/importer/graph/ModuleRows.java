package kgraph.importer.graph;

import java.util.List;

/**
 * The loadable modules of an image and which function groups belong to which module; a group
 * of no module belongs to vmlinux. Empty for images read from vmlinux or BTF alone.
 */
public record ModuleRows(List<ModuleRow> modules, List<Member> members) {

    public static final ModuleRows NONE = new ModuleRows(List.of(), List.of());

    /** One module: built in or loadable, with what its {@code .modinfo} says. */
    public record ModuleRow(String key, String name, boolean loadable, String license, List<String> depends,
                            List<String> aliases, String config) {
    }

    /** A function group of the module ({@code groupKey}) and the module's key. */
    public record Member(String groupKey, String moduleKey) {
    }
}
