package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kgraph.importer.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kgraph serve}: Browser and Bolt on loopback only, authentication on, password set once,
 * clean stop. The tests share one database, so the first start comes first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeTest {

    private static final String IMAGE = "4.4.0-21-generic-amd64";
    private static final String READY = "Ctrl-C stops the server.";
    private static final Duration START = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;

    private static Path db;

    @BeforeAll
    static void importOneImage() {
        db = tmp.resolve("db");
        Cli.Result result = Cli.run(db, "import", "depsurf", Samples.sample().toString(), "--image", IMAGE);
        assertEquals(0, result.exit(), result.err());
    }

    @Test
    @Order(1)
    void firstStartServesBrowserAndBoltOnLoopbackBehindAGeneratedPassword() throws Exception {
        int bolt = freePort();
        int http = freePort();
        Cli.Running server = Cli.start(Map.of(), "--db", db.toString(), "serve",
                "--bolt-port", String.valueOf(bolt), "--http-port", String.valueOf(http));
        try {
            checkFirstStart(server.awaitOutput(READY, START), bolt, http);
        } finally {
            Cli.Result stopped = server.stop();
            assertEquals(0, stopped.exit(), stopped.err());
        }
        assertEquals(0, Cli.run(db, "images").exit(), "the folder is free again after the server stops");
    }

    /** While the server runs, commands on its folder ask it over Bolt instead of failing with "in use". */
    @Test
    @Order(4)
    void commandsOnTheFolderGoThroughTheRunningServer() throws Exception {
        Cli.Running server = Cli.start(Map.of(DbOptions.PASSWORD_VARIABLE, "local-secret-1"), "--db", db.toString(),
                "serve", "--bolt-port", String.valueOf(freePort()), "--http-port", String.valueOf(freePort()));
        Path note = db.resolve("kgraph-serve.json");
        try {
            server.awaitOutput(READY, START);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(note)));
            Cli.Result presence = Cli.run(db, "presence", "vfs_read");
            assertEquals(0, presence.exit(), presence.err());
            assertTrue(presence.out().contains(IMAGE), presence.out());
        } finally {
            assertEquals(0, server.stop().exit());
        }
        assertFalse(Files.exists(note), "the server removes its note when it stops");
    }

    private static void checkFirstStart(String banner, int bolt, int http) throws Exception {
        Matcher generated = Pattern.compile("password {7}(\\S+) {2}\\(generated").matcher(banner);
        assertTrue(generated.find(), banner);
        String password = generated.group(1);
        URI uri = URI.create("bolt://localhost:" + bolt);
        assertTrue(banner.contains("http://localhost:" + http + "/browser/"), banner);

        Cli.Result images = Cli.remote(uri, password, "images");
        assertEquals(0, images.exit(), images.err());
        assertTrue(images.out().contains(IMAGE), images.out());
        assertEquals(ExitCodes.DATABASE, Cli.remote(uri, password + "x", "images").exit());

        HttpResponse<String> browser = get("http://127.0.0.1:" + http + "/browser/");
        assertEquals(200, browser.statusCode());
        assertTrue(browser.body().contains("<title>Neo4j Browser</title>"), browser.body());
        String discovery = get("http://127.0.0.1:" + http + "/").body();
        assertTrue(discovery.contains("\"bolt_direct\":\"bolt://127.0.0.1:" + bolt + "\""),
                "the Browser is told the real Bolt port: " + discovery);
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http + "/db/neo4j/tx/commit"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"RETURN 1\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "no query without credentials over HTTP either");

        for (int port : List.of(bolt, http)) {
            List<InetAddress> listening = ListeningSockets.on(port);
            assertFalse(listening.isEmpty(), "something listens on " + port);
            assertTrue(listening.stream().allMatch(InetAddress::isLoopbackAddress), port + ": " + listening);
        }
    }

    @Test
    void thePasswordComesFromTheEnvironmentAndStaysUntilReset() throws Exception {
        int bolt = freePort();
        String[] serve = {"--db", db.toString(), "serve", "--bolt-port", String.valueOf(bolt),
            "--http-port", String.valueOf(freePort())};
        URI uri = URI.create("bolt://localhost:" + bolt);

        Cli.Running reset = Cli.start(Map.of(DbOptions.PASSWORD_VARIABLE, "first-secret"), append(serve, "--reset-password"));
        try {
            String banner = reset.awaitOutput(READY, START);
            assertTrue(banner.contains("password       from $KGRAPH_PASSWORD"), banner);
            assertFalse(banner.contains("first-secret"), "the password itself is never printed");
            assertEquals(0, Cli.remote(uri, "first-secret", "images").exit());
        } finally {
            assertEquals(0, reset.stop().exit());
        }

        Cli.Running again = Cli.start(Map.of(DbOptions.PASSWORD_VARIABLE, "second-secret"), serve);
        try {
            assertTrue(again.awaitOutput(READY, START).contains("password       unchanged"));
            assertEquals(0, Cli.remote(uri, "first-secret", "images").exit());
            assertEquals(ExitCodes.DATABASE, Cli.remote(uri, "second-secret", "images").exit());
        } finally {
            assertEquals(0, again.stop().exit());
        }
    }

    @Test
    void aPasswordNeo4jRefusesStopsTheServerBeforeItServes() throws IOException {
        Cli.Result result = Cli.run(Map.of(DbOptions.PASSWORD_VARIABLE, "short"), "--db", db.toString(), "serve",
                "--bolt-port", String.valueOf(freePort()), "--http-port", String.valueOf(freePort()),
                "--reset-password");
        assertEquals(ExitCodes.DATABASE, result.exit(), result.err());
        assertTrue(result.err().startsWith("kgraph: error: Neo4j refused the new password: "), result.err());
        assertFalse(result.out().contains(READY), "it never announced itself");
        assertEquals(0, Cli.run(db, "images").exit(), "and let go of the folder");
    }

    @Test
    void serveNeedsAFolderNotAServer() {
        Cli.Result result = Cli.run(Map.of(), "--uri", "bolt://localhost:7687", "serve");
        assertEquals(ExitCodes.USAGE, result.exit(), result.err());
        assertTrue(result.err().contains("serve opens a database folder"), result.err());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String[] append(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
