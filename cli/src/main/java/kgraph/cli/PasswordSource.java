package kgraph.cli;

import java.net.URI;
import java.util.Map;

/** The server password: from an environment variable, else asked for at the terminal. */
final class PasswordSource {

    private final Map<String, String> environment;
    private final PasswordPrompt prompt;

    PasswordSource(Map<String, String> environment, PasswordPrompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    String password(String user, URI uri) {
        String fromEnvironment = environment.get(DbOptions.PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return prompt.ask("Password for " + user + " at " + uri + ": ")
                .filter(typed -> !typed.isEmpty())
                .orElseThrow(() -> new KgraphException(ExitCodes.USAGE, "no password for user '" + user + "' at "
                        + uri + ": set $" + DbOptions.PASSWORD_VARIABLE + ", or run kgraph in a terminal to be asked"
                        + " for it", null));
    }
}
