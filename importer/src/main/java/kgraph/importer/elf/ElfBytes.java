package kgraph.importer.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a whole file as slices of one or more buffers. A ByteBuffer holds at most 2 GiB, so
 * a larger file is mapped as overlapping windows that start every {@link #STEP} bytes; any range up
 * to {@code Integer.MAX_VALUE - STEP} bytes lies entirely inside one of them.
 */
final class ElfBytes {

    static final long STEP = 1L << 30;

    private final List<ByteBuffer> windows;
    private final long size;

    private ElfBytes(List<ByteBuffer> windows, long size) {
        this.windows = windows;
        this.size = size;
    }

    static ElfBytes of(ByteBuffer whole) {
        ByteBuffer own = whole.slice();
        return new ElfBytes(List.of(own), own.remaining());
    }

    static ElfBytes map(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size <= Integer.MAX_VALUE) {
            return new ElfBytes(List.of(channel.map(FileChannel.MapMode.READ_ONLY, 0, size)), size);
        }
        List<ByteBuffer> windows = new ArrayList<>();
        for (long start = 0; start < size; start += STEP) {
            long length = Math.min(Integer.MAX_VALUE, size - start);
            windows.add(channel.map(FileChannel.MapMode.READ_ONLY, start, length));
        }
        return new ElfBytes(windows, size);
    }

    long size() {
        return size;
    }

    /** Whether {@code length} bytes at {@code offset} lie inside the file. */
    boolean contains(long offset, long length) {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    }

    /**
     * A zero-copy view of {@code length} bytes at {@code offset} in the given byte order, or null when
     * the range cannot be served from one buffer. The caller checks {@link #contains} first.
     */
    ByteBuffer slice(long offset, long length, ByteOrder order) {
        if (length > Integer.MAX_VALUE) {
            return null;
        }
        int window = windows.size() == 1 ? 0 : (int) (offset / STEP);
        ByteBuffer buffer = windows.get(window);
        long start = offset - window * STEP;
        if (start + length > buffer.capacity()) {
            return null;
        }
        return buffer.slice((int) start, (int) length).order(order);
    }
}
