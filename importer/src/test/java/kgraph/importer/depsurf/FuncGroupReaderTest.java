package kgraph.importer.depsurf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import kgraph.importer.RawDepsurf;
import kgraph.importer.Samples;
import kgraph.importer.model.Address;
import kgraph.importer.model.InlineType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuncGroupReaderTest {

    private static final String ARM64 = "5.4.0-26-generic-arm64";

    @TempDir
    Path tmp;

    @Test
    void readsEveryLineOfARealImage() {
        Path file = RawDepsurf.funcGroups(Samples.sample(), ARM64);
        List<FuncGroupRecord> groups = FuncGroupReader.readAll(file);
        assertEquals(RawDepsurf.groups(Samples.sample(), ARM64).size(), groups.size());
    }

    @Test
    void keepsUnsigned64BitAddressesExact() {
        FuncGroupRecord kick = FuncGroupReader.readAll(RawDepsurf.funcGroups(Samples.sample(), ARM64)).stream()
                .filter(g -> g.name().equals("kvm_vcpu_kick")).findFirst().orElseThrow();
        // The seed page prints this instance as ffff8000100ba7a8.
        assertEquals("ffff8000100ba7a8", Address.hex(kick.funcs().get(0).addr()));
        assertEquals(13, kick.funcs().get(0).callerFunc().size());
    }

    @Test
    void acceptsTheOlderInlineTypeNames() throws IOException {
        String line = firstLine().replaceFirst("\"inline_type\": \"[A-Za-z ]+\"", "\"inline_type\": \"Partially inlined\"");
        Path file = write("legacy.jsonl", line);
        String inlineType = FuncGroupReader.readAll(file).get(0).inlineType();
        assertEquals("Partially inlined", inlineType);
        assertEquals(InlineType.SELECTIVE, InlineType.fromLabel(inlineType));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "invalid JSON on line 2      | {\"name\": \"broken\",                                   | 2 | invalid JSON",
        "missing funcs               | {\"name\": \"x\", \"collision_type\": \"Unique Global\", \"inline_type\": \"No\", \"symbols\": []} | 2 | missing key 'funcs'",
        "funcs of the wrong type     | {\"name\": \"x\", \"collision_type\": \"Unique Global\", \"inline_type\": \"No\", \"funcs\": \"none\", \"symbols\": []} | 2 | invalid JSON",
        "unknown inline type         | {\"name\": \"x\", \"collision_type\": \"Unique Global\", \"inline_type\": \"Sometimes\", \"funcs\": [], \"symbols\": []} | 2 | unknown inline_type 'Sometimes'",
        "negative address            | {\"name\": \"x\", \"collision_type\": \"Unique Global\", \"inline_type\": \"No\", \"funcs\": [{\"addr\": -1, \"name\": \"x\", \"external\": true, \"loc\": null, \"file\": null, \"inline\": \"not seen\", \"caller_inline\": [], \"caller_func\": []}], \"symbols\": []} | 2 | not an unsigned 64-bit value",
        "empty funcs                 | {\"name\": \"x\", \"collision_type\": \"Unique Global\", \"inline_type\": \"No\", \"funcs\": [], \"symbols\": []} | 2 | empty 'funcs'",
    })
    void reportsTheFileAndLineOfABadRecord(String what, String badLine, long line, String message) throws IOException {
        Path file = write("bad.jsonl", firstLine() + "\n" + badLine + "\n");
        DatasetException e = assertThrows(DatasetException.class, () -> FuncGroupReader.readAll(file));
        assertEquals(line, e.line(), what);
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void reportsATruncatedGzipWithTheLineItReached() throws IOException {
        byte[] whole = Files.readAllBytes(RawDepsurf.funcGroups(Samples.sample(), ARM64));
        Path file = tmp.resolve(ARM64 + ".jsonl.gz");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        DatasetException e = assertThrows(DatasetException.class, () -> FuncGroupReader.readAll(file));
        assertTrue(e.line() > 1, "line " + e.line());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = writeGzip("empty.jsonl.gz", "");
        DatasetException e = assertThrows(DatasetException.class, () -> FuncGroupReader.readAll(file));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    private String firstLine() {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                Files.newInputStream(RawDepsurf.funcGroups(Samples.sample(), ARM64)))))) {
            return lines.readLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    private Path writeGzip(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
