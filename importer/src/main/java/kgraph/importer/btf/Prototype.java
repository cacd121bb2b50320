package kgraph.importer.btf;

import java.util.List;
import kgraph.importer.graph.ImageGraph.GroupRow;

/**
 * A function's prototype: the C declaration, and for the return type and every parameter a
 * canonical signature (for comparing) and its C spelling (for showing): the return type alone,
 * a parameter with its name ({@code struct inode *dir}).
 */
public record Prototype(String name, String declaration, String returnSignature, String returnC, List<Param> params) {

    public record Param(String name, String signature, String declaration) {
    }

    /** The group's facts with this prototype added. */
    public GroupRow applyTo(GroupRow group) {
        return group.withPrototype(declaration, returnSignature, returnC, params.stream().map(Param::name).toList(),
                params.stream().map(Param::signature).toList(), params.stream().map(Param::declaration).toList());
    }
}
