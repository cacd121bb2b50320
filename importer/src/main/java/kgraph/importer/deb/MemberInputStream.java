package kgraph.importer.deb;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of one {@code ar} member, read from the package file through a buffer, ending where
 * the member ends. Knows how far its reader got, so errors can name a byte of the package file.
 */
final class MemberInputStream extends InputStream {

    private static final int BUFFER_SIZE = 1 << 16;

    private final FileChannel channel;
    private final long end;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE).limit(0);
    private long nextRead;
    private long delivered;

    MemberInputStream(FileChannel channel, ArMember member) {
        this.channel = channel;
        this.nextRead = member.offset();
        this.end = member.end();
    }

    /** Bytes handed to the reader so far, counted from the member's first byte. */
    long consumed() {
        return delivered;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        delivered++;
        return buffer.get() & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        delivered += n;
        return n;
    }

    @Override
    public int available() {
        return buffer.remaining();
    }

    private boolean fill() throws IOException {
        if (buffer.hasRemaining()) {
            return true;
        }
        if (nextRead >= end) {
            return false;
        }
        buffer.clear().limit((int) Math.min(BUFFER_SIZE, end - nextRead));
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, nextRead);
            if (n < 0) {
                throw new EOFException("package file ends at byte " + nextRead);
            }
            nextRead += n;
        }
        buffer.flip();
        return true;
    }
}
