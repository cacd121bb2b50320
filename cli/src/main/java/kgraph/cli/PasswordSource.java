package kgraph.cli;

import java.io.Console;
import java.net.URI;
import java.util.Map;

/** The server password: from an environment variable, else asked for on the terminal without echo. */
final class PasswordSource {

    private final Map<String, String> environment;
    private final String variable;

    PasswordSource(Map<String, String> environment, String variable) {
        this.environment = environment;
        this.variable = variable;
    }

    String password(String user, URI uri) {
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new KgraphException(ExitCodes.USAGE, "no password for user '" + user + "' at " + uri + ": set $"
                    + variable + ", or run kgraph in a terminal to be asked for it", null);
        }
        char[] typed = console.readPassword("Password for %s at %s: ", user, uri);
        if (typed == null || typed.length == 0) {
            throw new KgraphException(ExitCodes.USAGE, "no password given for user '" + user + "' at " + uri, null);
        }
        return new String(typed);
    }
}
