package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is one "kgraph: error:" line naming the bad input, with its own exit code. */
class CliErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void missingDatabase() {
        Cli.Result result = Cli.run(tmp.resolve("none"), "presence", "vfs_read");
        assertError(result, ExitCodes.DATABASE, "no kgraph database at " + tmp.resolve("none"));
        assertFalse(Files.exists(tmp.resolve("none")), "a query never creates a database");
    }

    @Test
    void unknownFunctionSuggestsNearNames() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "presence", "vfs_rea");
        assertError(result, ExitCodes.NOT_FOUND, "no function named 'vfs_rea'");
        assertTrue(result.err().contains("vfs_read"), result.err());
    }

    @Test
    void functionNotInTheImageAskedFor() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "callers", "kvm_vcpu_kick", "--image", "5.4.0-26-generic-amd64");
        assertError(result, ExitCodes.NOT_FOUND, "in image 5.4.0-26-generic-amd64");
    }

    @Test
    void cypherRefusesWritesWithoutWriteFlag() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "cypher", "MATCH (f:Function {name: $n}) DETACH DELETE f",
                "--param", "n=vfs_read");
        assertError(result, ExitCodes.DATABASE, "pass --write");
        assertEquals(0, Cli.run(SampleDatabase.home(), "presence", "vfs_read").exit(), "nothing was deleted");
    }

    @Test
    void cypherWritesWithWriteFlag() {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run(db, "import", "depsurf", Samples.sample().toString(),
                "--image", "4.4.0-21-generic-amd64").exit());
        Cli.Result write = Cli.run(db, "cypher", "MATCH (f:Function {name: $n}) SET f.note = $note", "--write",
                "-p", "n=vfs_read", "-p", "note=checked");
        assertEquals(0, write.exit(), write.err());
        Cli.Result read = Cli.run(db, "cypher", "MATCH (f:Function {name: $n}) RETURN f.note AS note", "-p", "n=vfs_read");
        assertTrue(read.out().contains("checked"), read.out());
    }

    @Test
    void cypherBindsParameters() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "cypher",
                "MATCH (f:Function {name: $n}) RETURN f.name AS name", "-p", "n=vfs_read");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("vfs_read") && result.out().contains("1 rows"), result.out());
    }

    @Test
    void datasetFolderThatIsNotADataset() {
        Cli.Result result = Cli.run(tmp.resolve("db"), "import", "depsurf", tmp.toString());
        assertError(result, ExitCodes.BAD_INPUT, tmp + ": not a DepSurf dataset");
    }

    @Test
    void unknownImageName() {
        Cli.Result result = Cli.run(tmp.resolve("db"), "import", "depsurf", Samples.sample().toString(),
                "--image", "9.9.9-1-generic-amd64");
        assertError(result, ExitCodes.BAD_INPUT, "no image named '9.9.9-1-generic-amd64'");
    }

    @Test
    void imageFileWithABadName() throws IOException {
        Path dataset = Files.createDirectories(tmp.resolve("data").resolve("func_groups"));
        Files.writeString(dataset.resolve("vmlinux.jsonl"), "{}\n");
        Cli.Result result = Cli.run(tmp.resolve("db"), "import", "depsurf", dataset.getParent().toString());
        assertError(result, ExitCodes.BAD_INPUT, "vmlinux.jsonl: 'vmlinux' is not an image name");
    }

    @Test
    void truncatedImageChangesNothing() throws IOException {
        Path db = tmp.resolve("db");
        assertEquals(0, Cli.run(db, "import", "depsurf", Samples.sample().toString(),
                "--image", "4.4.0-21-generic-amd64").exit());
        String before = Cli.run(db, "images", "--json").out();
        Path dataset = Files.createDirectories(tmp.resolve("data").resolve("func_groups"));
        Path source = RawDepsurf.funcGroups(Samples.sample(), "5.4.0-26-generic-amd64");
        byte[] bytes = Files.readAllBytes(source);
        Files.write(dataset.resolve(source.getFileName()), Arrays.copyOf(bytes, bytes.length / 2));
        Cli.Result result = Cli.run(db, "import", "depsurf", dataset.getParent().toString());
        assertError(result, ExitCodes.BAD_INPUT, "5.4.0-26-generic-amd64.jsonl.gz:");
        assertEquals(before, Cli.run(db, "images", "--json").out());
    }

    @Test
    void depthOutOfRange() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "callers", "vfs_read", "--depth", "0");
        assertError(result, ExitCodes.USAGE, "--depth must be between 1 and 10");
    }

    private static void assertError(Cli.Result result, int exit, String fragment) {
        assertEquals(exit, result.exit(), result.err());
        String[] lines = result.err().strip().split("\n");
        String error = Arrays.stream(lines).filter(l -> l.startsWith("kgraph: error: ")).findFirst().orElse("");
        assertTrue(error.contains(fragment), "expected '" + fragment + "' in: " + result.err());
        assertEquals(1, Arrays.stream(lines).filter(l -> l.startsWith("kgraph: error: ")).count(), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace without --verbose: " + result.err());
    }
}
