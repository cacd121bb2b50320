package kgraph.importer.dwarf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compiles the C sources under {@code src/test/resources/dwarf/} into one linked executable. */
final class CFixture {

    static final List<String> SOURCES = List.of("alpha.c", "beta.c", "main.c");
    private static final List<String> HEADERS = List.of("common.h");

    private CFixture() {
    }

    /** Builds {@code directory/name} with {@code gcc -O2} and the given debug flags (space-separated). */
    static Path build(Path directory, String name, String debugFlags) throws IOException, InterruptedException {
        Files.createDirectories(directory);
        for (String file : concat(SOURCES, HEADERS)) {
            try (InputStream in = CFixture.class.getResourceAsStream("/dwarf/" + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
        List<String> objects = new ArrayList<>();
        for (String source : SOURCES) {
            String object = source.replace(".c", ".o");
            List<String> compile = new ArrayList<>(List.of(Tools.GCC, "-O2"));
            compile.addAll(List.of(debugFlags.split(" ")));
            compile.addAll(List.of("-c", source, "-o", object));
            Tools.run(directory, compile);
            objects.add(object);
        }
        List<String> link = new ArrayList<>(List.of(Tools.GCC, "-O2", "-o", name));
        if (debugFlags.contains("-flto")) {
            link.addAll(List.of(debugFlags.split(" ")));
        }
        link.addAll(objects);
        Tools.run(directory, link);
        return directory.resolve(name);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
