package kgraph.importer.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kgraph.importer.BadInputException;
import kgraph.importer.elf.ElfSymbol;

/**
 * Reads {@code /proc/kallsyms} (or a System.map, gzipped or not: the same three columns): the text symbols of
 * the kernel proper. Module symbols ({@code [kvm]} in a fourth column) are left out. Sizes are
 * not recorded there, so they are 0.
 */
public final class KallsymsReader {

    private KallsymsReader() {
    }

    public static List<ElfSymbol> functions(Path file) {
        List<ElfSymbol> symbols = new ArrayList<>();
        long[] lineNumber = {0};
        try (Stream<String> lines = open(file).lines()) {
            lines.forEach(line -> {
                lineNumber[0]++;
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 3) {
                    throw new BadInputException(file + ":" + lineNumber[0]
                            + ": expected 'address type name', found '" + line + "'");
                }
                if (columns.length > 3 || !isText(columns[1])) {
                    return;
                }
                long address;
                try {
                    address = Long.parseUnsignedLong(columns[0], 16);
                } catch (NumberFormatException e) {
                    throw new BadInputException(file + ":" + lineNumber[0] + ": '" + columns[0]
                            + "' is not a hexadecimal address");
                }
                boolean global = Character.isUpperCase(columns[1].charAt(0));
                symbols.add(new ElfSymbol(columns[2], address, 0, "STT_FUNC", global ? "STB_GLOBAL" : "STB_LOCAL",
                        "STV_DEFAULT", 0, ".text"));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getCause().getMessage(), e);
        }
        return symbols;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
    }

    private static boolean isText(String type) {
        return type.equals("t") || type.equals("T");
    }
}
