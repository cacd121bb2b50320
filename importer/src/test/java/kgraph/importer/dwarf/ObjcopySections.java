package kgraph.importer.dwarf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The DWARF sections of a linked binary, dumped with {@code objcopy --dump-section}. */
final class ObjcopySections implements DebugSections {

    static final List<String> NAMES = List.of(".debug_info", ".debug_abbrev", ".debug_line", ".debug_str",
            ".debug_line_str", ".debug_str_offsets", ".debug_addr");

    private final Map<String, byte[]> sections;
    private final String source;

    private ObjcopySections(Map<String, byte[]> sections, String source) {
        this.sections = sections;
        this.source = source;
    }

    static ObjcopySections dump(Path binary) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(binary.getParent(), "sections");
        Map<String, byte[]> sections = new HashMap<>();
        for (String name : NAMES) {
            Path file = directory.resolve(name.substring(1));
            Tools.Result result = Tools.tryRun(directory, List.of(Tools.OBJCOPY, "--dump-section",
                    name + "=" + file, binary.toString(), directory.resolve("discard").toString()));
            if (result.exitCode() == 0 && Files.exists(file)) {
                sections.put(name, Files.readAllBytes(file));
            }
        }
        return new ObjcopySections(sections, binary.getFileName().toString());
    }

    /** A copy with one section's bytes replaced (null removes it). */
    ObjcopySections with(String name, UnaryOperator<byte[]> change) {
        Map<String, byte[]> copy = new HashMap<>(sections);
        byte[] changed = change.apply(sections.get(name).clone());
        if (changed == null) {
            copy.remove(name);
        } else {
            copy.put(name, changed);
        }
        return new ObjcopySections(copy, source);
    }

    byte[] bytes(String name) {
        return sections.get(name).clone();
    }

    @Override
    public ByteBuffer section(String name) {
        byte[] bytes = sections.get(name);
        return bytes == null ? null : ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public ByteOrder byteOrder() {
        return ByteOrder.LITTLE_ENDIAN;
    }

    @Override
    public String source() {
        return source;
    }
}
