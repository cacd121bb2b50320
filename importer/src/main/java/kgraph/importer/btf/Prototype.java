package kgraph.importer.btf;

import java.util.List;

/**
 * A function's prototype: the C declaration, and for the return type and every parameter a
 * canonical signature (for comparing) and its C spelling (for showing): the return type alone,
 * a parameter with its name ({@code struct inode *dir}).
 */
public record Prototype(String name, String declaration, String returnSignature, String returnC, List<Param> params) {

    public record Param(String name, String signature, String declaration) {
    }
}
