package kgraph.importer.dwarf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The DWARF sections of one object file, ready to read: decompressed and relocated. */
public interface DebugSections {

    /** The section's bytes, or null when the file has no section of that name (e.g. {@code .debug_info}). */
    ByteBuffer section(String name);

    ByteOrder byteOrder();

    /** What error messages name as the input, usually the file's path. */
    String source();
}
