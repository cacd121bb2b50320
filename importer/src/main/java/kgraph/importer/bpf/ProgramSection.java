package kgraph.importer.bpf;

import java.util.Optional;

/** A program section's name read by the {@link SectionRule} it matches, {@code target} the text after {@code type/}. */
record ProgramSection(String name, SectionRule rule, String target) {

    Optional<Requirement> requirement() {
        return rule.hook().target(target, rule.sleepable());
    }
}
