package kgraph.cli;

import java.util.Optional;

/** Asks the person at the terminal for a secret; empty when there is nobody to ask. */
@FunctionalInterface
public interface PasswordPrompt {

    Optional<String> ask(String prompt);

    /** Asks nobody: for runs without a terminal, such as tests. */
    PasswordPrompt NONE = prompt -> Optional.empty();
}
