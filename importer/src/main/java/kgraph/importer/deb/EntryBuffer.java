package kgraph.importer.deb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** Reads one archive entry into a single array of exactly its size: no growing buffers, no second copy. */
final class EntryBuffer {

    /** The largest array a JVM reliably allocates, just under 2 GiB. */
    static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    private EntryBuffer() {
    }

    /** Returns null when the entry is larger than {@code maxSize}; the caller reports it. */
    static ByteBuffer read(DataEntry entry, InputStream content, long maxSize) throws IOException {
        if (entry.size() > maxSize) {
            return null;
        }
        byte[] bytes = new byte[(int) entry.size()];
        int n = content.readNBytes(bytes, 0, bytes.length);
        if (n != bytes.length) {
            throw new IOException("entry " + entry.name() + " ends after " + n + " of " + bytes.length + " bytes");
        }
        return ByteBuffer.wrap(bytes);
    }
}
