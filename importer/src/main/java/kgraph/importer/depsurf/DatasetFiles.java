package kgraph.importer.depsurf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens dataset files, decompressing {@code .gz} transparently. */
final class DatasetFiles {

    private static final int BUFFER = 1 << 16;

    private DatasetFiles() {
    }

    static BufferedReader openText(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, BUFFER) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
    }

    static String readString(Path file) {
        try (BufferedReader in = openText(file)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new DatasetException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
