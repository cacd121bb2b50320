package kgraph.queries.diff;

import java.util.List;

/**
 * A function's prototype in one image, as stored: canonical signatures to compare, C text to
 * show ({@code returnType} alone; each parameter as a declaration with its name).
 */
public record Signature(String name, String prototype, String returnSignature, String returnType, List<Param> params) {

    public record Param(String name, String signature, String declaration) {
    }
}
