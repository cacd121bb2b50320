package kgraph.queries.embedded;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import kgraph.queries.api.NamedQuery;

/**
 * The user through which kgraph commands on the same machine reach a served database: a new
 * random password each time the server starts, handed over in a file only the owner can read.
 */
public final class LocalUser {

    public static final String NAME = "kgraph_local";

    private static final NamedQuery SET = NamedQuery.load("system/set-local-user");

    private LocalUser() {
    }

    /** Sets a fresh password for the local user and returns it. */
    public static String renew(EmbeddedDatabase database) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        database.system().executeTransactionally(SET.text(), Map.of("password", password));
        return password;
    }
}
