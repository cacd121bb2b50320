package kgraph.importer.neo4j;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV file for Neo4j's bulk importer: a typed header line, then rows. Every string is
 * quoted (inner quotes doubled); a null is an empty unquoted field, which the importer skips.
 */
final class CsvTable implements AutoCloseable {

    private final Path file;
    private final BufferedWriter out;
    private long rows;

    CsvTable(Path file, String header) {
        this.file = file;
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(fields[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void write(Object field) throws IOException {
        if (field == null) {
            return;
        }
        if (field instanceof Number || field instanceof Boolean) {
            out.write(field.toString());
            return;
        }
        out.write('"');
        out.write(field.toString().replace("\"", "\"\""));
        out.write('"');
    }

    Path file() {
        return file;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
