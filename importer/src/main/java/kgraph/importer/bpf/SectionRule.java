package kgraph.importer.bpf;

import java.util.Optional;

/**
 * One section name libbpf recognises: {@code name} matches exactly, or, when {@code takesTarget}
 * (libbpf's {@code type+}), also as {@code name/TARGET}. {@code programType} and
 * {@code kernelAttachType} are spelled as libbpf prints them ({@code tracing}, {@code trace_fentry});
 * the attach type is null where libbpf sets none.
 */
record SectionRule(String name, boolean takesTarget, String programType, String kernelAttachType,
                   boolean sleepable, Hook hook) {

    /** The target after {@code name/} ("" for an exact match), or empty when {@code section} does not match. */
    Optional<String> match(String section) {
        if (section.equals(name)) {
            return Optional.of("");
        }
        if (takesTarget && section.startsWith(name) && section.length() > name.length()
                && section.charAt(name.length()) == '/') {
            return Optional.of(section.substring(name.length() + 1));
        }
        return Optional.empty();
    }
}
