package kgraph.cli.commands;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import kgraph.cli.DbOptions;
import kgraph.queries.embedded.DefaultUserPassword;

/**
 * Decides the served database's password: set on first start (or on request) from
 * {@code $KGRAPH_PASSWORD}, else generated; afterwards left as it is.
 */
final class ServePassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DefaultUserPassword user;
    private final Map<String, String> environment;

    ServePassword(DefaultUserPassword user, Map<String, String> environment) {
        this.user = user;
        this.environment = environment;
    }

    /** Sets the password if needed and returns how to describe it: never the value of the variable. */
    String ensure(boolean reset) {
        if (!reset && !user.initial()) {
            return "unchanged (set on first start; --reset-password sets a new one)";
        }
        String fromEnvironment = environment.get(DbOptions.PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            user.set(fromEnvironment);
            return "from $" + DbOptions.PASSWORD_VARIABLE;
        }
        String generated = generate();
        user.set(generated);
        return generated + "  (generated; shown only now, kgraph keeps no copy)";
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
