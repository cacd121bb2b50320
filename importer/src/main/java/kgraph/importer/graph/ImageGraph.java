package kgraph.importer.graph;

import java.util.List;
import java.util.Map;
import kgraph.importer.depsurf.ImageMetadata;
import kgraph.importer.model.ImageName;

/**
 * Everything one image contributes to the graph, as plain rows with keys already resolved:
 * the form both the bulk and the transactional writer consume. {@code types} are its structs,
 * enums, tracepoints, LSM hooks and kfuncs, where the source knows them.
 */
public record ImageGraph(
        ImageRow image,
        List<String> functions,
        List<String> files,
        List<GroupRow> groups,
        List<InstanceRow> instances,
        List<SymbolRow> symbols,
        List<CallRow> calls,
        List<TypeRow> types,
        ModuleRows modules,
        ImageCounts counts) {

    /** The image itself and what DepSurf records about it. */
    public record ImageRow(
            String name,
            String version,
            String shortVersion,
            long versionOrder,
            String revision,
            String flavor,
            String arch,
            String group,
            String groupLabel,
            String compiler,
            List<Integer> syscallNumbers,
            List<String> syscallNames,
            List<String> config,
            String source) {

        /** The same image with a syscall table, for sources that know names but have no metadata. */
        public ImageRow withSyscalls(Map<String, Integer> byName) {
            if (!syscallNames.isEmpty() || byName.isEmpty()) {
                return this;
            }
            return new ImageRow(name, version, shortVersion, versionOrder, revision, flavor, arch, group, groupLabel,
                    compiler, List.copyOf(byName.values()), List.copyOf(byName.keySet()), config, source);
        }

        public static ImageRow of(ImageName image, ImageMetadata metadata, String source) {
            return new ImageRow(image.name(), image.version(), image.shortVersion(), image.versionOrder(),
                    image.revision(), image.flavor(), image.arch(), image.group().label(), image.groupLabel(),
                    metadata.compiler(), List.copyOf(metadata.syscalls().keySet()),
                    List.copyOf(metadata.syscalls().values()), metadata.config(), source);
        }

        /** An image known by name and source only. */
        public static ImageRow of(ImageName image, String source) {
            return of(image, new ImageMetadata(null, Map.of(), List.of()), source);
        }
    }

    /** The same image with its types and hooks, and their syscalls where the image had none. */
    public ImageGraph withTypes(List<TypeRow> typeRows, Map<String, Integer> syscalls) {
        return new ImageGraph(image.withSyscalls(syscalls), functions, files, groups, instances, symbols, calls,
                typeRows, modules, counts);
    }

    /** The same image with other function facts (e.g. prototypes added). */
    public ImageGraph withGroups(List<GroupRow> newGroups) {
        return new ImageGraph(image, functions, files, newGroups, instances, symbols, calls, types, modules, counts);
    }

    /**
     * The per-image facts about one function name (DepSurf's func group). Facts a source cannot
     * know are null: BTF alone says nothing of collisions or inlining, DepSurf's func_groups
     * nothing of prototypes.
     */
    public record GroupRow(String key, String name, String collision, String inline, Boolean transformed,
                           String prototype, String returnSignature, String returnType, List<String> paramNames,
                           List<String> paramSignatures, List<String> paramDeclarations) {

        public static GroupRow withoutPrototype(String key, String name, String collision, String inline,
                                                boolean transformed) {
            return new GroupRow(key, name, collision, inline, transformed, null, null, null, null, null, null);
        }

        /** A function known by name only: whether it collides, is inlined or renamed is unknown. */
        public static GroupRow unknown(String key, String name) {
            return new GroupRow(key, name, null, null, null, null, null, null, null, null, null);
        }

        /** The same facts with the function's prototype as C and as comparable type signatures. */
        public GroupRow withPrototype(String declaration, String returnSignature, String returnType,
                                      List<String> paramNames, List<String> paramSignatures,
                                      List<String> paramDeclarations) {
            return new GroupRow(key, name, collision, inline, transformed, declaration, returnSignature, returnType,
                    paramNames, paramSignatures, paramDeclarations);
        }
    }

    /**
     * One definition of a function, or, when {@code resolved} is false, a caller named in the
     * data that matches no definition in the image (kept so it can be reported).
     */
    public record InstanceRow(
            String key,
            String groupKey,
            String name,
            String file,
            String loc,
            Integer line,
            Boolean external,
            String inlineStatus,
            Boolean inlined,
            String addr,
            int ordinal,
            boolean resolved) {
    }

    /** An ELF function symbol of the group, with its exact unsigned address in hex. */
    public record SymbolRow(String key, String groupKey, String name, String addr, long size, String bind,
                            String section, int ordinal) {
    }

    /**
     * Call sites from one instance to another, folded into one edge: {@code sites} is how many
     * times the data lists the caller, {@code firstSite} where it first appears in that list,
     * {@code tailSites} how many of the sites are tail calls (0 where the data does not say).
     */
    public record CallRow(String fromKey, String toKey, CallKind kind, int sites, int firstSite, int tailSites) {
    }

    public enum CallKind {
        /** A call instruction to an out-of-line copy ({@code caller_func}). */
        CALLS,
        /** The callee's body was inlined into the caller ({@code caller_inline}). */
        INLINES
    }
}
