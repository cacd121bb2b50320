package kgraph.queries;

import java.util.List;

/**
 * What DepSurf's page for a function shows: for every imported image, whether the function is
 * there and, if so, its definitions, their callers and its symbols.
 */
public record FunctionReport(String function, List<ImageSection> images, List<GroupDifferences> differences) {

    /**
     * DepSurf's Differences section for one group: consecutive images (Regular) or each image
     * against the generic amd64 image of its version (Arch, Flavor), where both have a prototype.
     */
    public record GroupDifferences(String group, List<PairDifference> pairs) {
    }

    public record PairDifference(String from, String to, List<kgraph.queries.diff.Change> changes) {
    }

    /**
     * One image's part of the report. {@code prototype} is the C declaration when the image
     * has BTF prototypes, null when they are unknown. When vmlinux and modules of the image each
     * define the name, the section shows the first (vmlinux, else the first module by name) and
     * {@code alsoIn} names the others ("vmlinux" or a module).
     */
    public record ImageSection(PresenceRow presence, String prototype, List<Definition> definitions,
                               List<SymbolEntry> symbols, List<String> alsoIn) {
    }

    /** One definition, with its callers as {@code file:function}, repeated once per call site. */
    public record Definition(String file, String loc, String addr, boolean inlined, List<String> inlineCallers,
                             List<String> directCallers) {
    }

    /** An ELF symbol as an address range, {@code end} being {@code addr + size}. */
    public record SymbolEntry(String name, String addr, String end, String bind) {
    }
}
