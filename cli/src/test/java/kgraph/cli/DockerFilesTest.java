package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;

/** docker/ cannot be run here; these checks keep it consistent with the build and never open to the network. */
class DockerFilesTest {

    private static final Path DOCKER = Samples.repo().resolve("docker");

    @Test
    void theServerIsTheEmbeddedVersionsCommunityImage() throws IOException {
        String version = System.getProperty("neo4j.version");
        assertNotNull(version, "surefire passes neo4j.version from the pom");
        assertEquals("neo4j:" + version + "-community", compose().at("/services/neo4j/image").asText());
    }

    @Test
    void everyPublishedPortIsOnLoopbackOnly() throws IOException {
        List<String> published = new ArrayList<>();
        compose().get("services").forEach(service -> service.path("ports").forEach(p -> published.add(p.asText())));
        assertFalse(published.isEmpty());
        for (String port : published) {
            assertTrue(port.startsWith("127.0.0.1:"), port + " must name 127.0.0.1, or Docker publishes it everywhere");
        }
        assertTrue(published.containsAll(List.of("127.0.0.1:7474:7474", "127.0.0.1:7687:7687")), published.toString());
    }

    @Test
    void dataIsInANamedVolume() throws IOException {
        JsonNode compose = compose();
        String mount = compose.at("/services/neo4j/volumes/0").asText();
        String[] parts = mount.split(":");
        assertEquals("/data", parts[1], mount);
        assertTrue(compose.path("volumes").has(parts[0]), parts[0] + " is declared under volumes:");
    }

    @Test
    void thePasswordComesFromTheEnvironment() throws IOException {
        JsonNode compose = compose();
        assertTrue(compose.at("/services/neo4j/environment/NEO4J_AUTH").asText().startsWith("neo4j/${KGRAPH_PASSWORD:?"));
        assertTrue(compose.at("/services/kgraph/environment/KGRAPH_PASSWORD").asText().startsWith("${KGRAPH_PASSWORD:?"));
        assertEquals("bolt://neo4j:7687", compose.at("/services/kgraph/entrypoint/2").asText());
    }

    @Test
    void theDockerfileCopiesWhatTheRepositoryAndTheBuildHave() throws IOException {
        JsonNode build = compose().at("/services/kgraph/build");
        Path context = DOCKER.resolve(build.get("context").asText()).normalize();
        Path dockerfile = context.resolve(build.get("dockerfile").asText());
        assertTrue(Files.isRegularFile(dockerfile), dockerfile.toString());
        List<String> fromBuild = new ArrayList<>();
        for (String line : Files.readAllLines(dockerfile)) {
            String[] words = line.strip().split("\\s+");
            if (!words[0].equals("COPY")) {
                continue;
            }
            if (words[1].startsWith("--from=build")) {
                fromBuild.add(words[2]);
            } else {
                assertTrue(Files.exists(context.resolve(words[1])), "COPY " + words[1] + " exists in " + context);
            }
        }
        assertEquals(List.of("/src/cli/target/kgraph-cli.jar", "/src/cli/target/lib/"), fromBuild);
        String cliPom = Files.readString(Samples.repo().resolve("cli/pom.xml"));
        assertTrue(cliPom.contains("<finalName>kgraph-cli</finalName>")
                && cliPom.contains("<outputDirectory>${project.build.directory}/lib</outputDirectory>"),
                "the build makes the jar and lib/ the Dockerfile copies");
        assertTrue(Files.isExecutable(DOCKER.resolve("kgraph")), "the launcher the image runs is executable");
    }

    private static JsonNode compose() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(DOCKER.resolve("docker-compose.yml").toFile());
    }
}
