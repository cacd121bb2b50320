package kgraph.importer.deb;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The tar archive inside one compressed {@code ar} member ({@code control.tar.xz},
 * {@code data.tar.zst}, ...), read once from start to end. Every failure of the member comes out
 * as a {@link DebFormatException} naming the member and the byte of the package file reached.
 */
final class MemberTar {

    private final Path deb;
    private final ArMember member;
    private final Compression compression;
    private final MemberInputStream raw;
    private final InputStream plain;
    private final TarArchiveInputStream tar;
    private DataEntry current;

    MemberTar(Path deb, FileChannel channel, ArMember member, Compression compression) {
        this.deb = deb;
        this.member = member;
        this.compression = compression;
        this.raw = new MemberInputStream(channel, member);
        try {
            this.plain = compression == Compression.NONE ? raw : new DecompressionFailures(openDecompressor());
            this.tar = new TarArchiveInputStream(plain);
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    ArMember member() {
        return member;
    }

    /** The next entry, or null after the last one; the archive's root ({@code ./}) is skipped. */
    DataEntry next() {
        try {
            current = null;
            TarArchiveEntry e;
            do {
                e = tar.getNextEntry();
            } while (e != null && DataEntry.normalise(e.getName()).isEmpty());
            current = e == null ? null : toDataEntry(e);
            return current;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** The content of the entry {@link #next()} returned, up to its end. */
    InputStream content() {
        return new EntryContent();
    }

    /**
     * After {@link #next()} returned null: reads what is left of the member behind the tar's
     * end-of-archive blocks, so that the compressor's trailing checksums are verified too.
     */
    void readToEnd() {
        current = null;
        try {
            plain.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    DebFormatException failure(Exception e) {
        if (e instanceof DebFormatException already) {
            return already;
        }
        String where = member.at(member.offset() + raw.consumed());
        String inEntry = current == null ? "" : " in " + current.name();
        Throwable decompression = causeOfType(e, DecompressionFailure.class);
        String message;
        if (decompression != null) {
            Throwable original = decompression.getCause();
            message = original instanceof EOFException
                    ? "truncated " + compression.label() + " stream" + inEntry
                    : "corrupt " + compression.label() + " stream" + inEntry + " (" + describe(original) + ")";
        } else if (String.valueOf(e.getMessage()).toLowerCase().contains("truncated")) {
            message = "truncated tar archive" + inEntry;
        } else {
            message = "corrupt tar archive" + inEntry + " (" + describe(e) + ")";
        }
        return new DebFormatException(deb, where, message, e);
    }

    private InputStream openDecompressor() throws IOException {
        try {
            return compression.decompress(raw);
        } catch (IOException | RuntimeException e) {
            throw new DecompressionFailure(e);
        }
    }

    private static DataEntry toDataEntry(TarArchiveEntry e) {
        String name = DataEntry.normalise(e.getName());
        if (e.isSymbolicLink()) {
            return new DataEntry(name, DataEntry.Type.SYMLINK, 0, e.getLinkName());
        }
        if (e.isLink()) {
            return new DataEntry(name, DataEntry.Type.HARDLINK, 0, DataEntry.normalise(e.getLinkName()));
        }
        if (e.isDirectory()) {
            return new DataEntry(name, DataEntry.Type.DIRECTORY, 0, null);
        }
        if (e.isCharacterDevice() || e.isBlockDevice() || e.isFIFO() || !e.isFile()) {
            return new DataEntry(name, DataEntry.Type.OTHER, 0, null);
        }
        return new DataEntry(name, DataEntry.Type.FILE, e.getSize(), null);
    }

    private static Throwable causeOfType(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Marks an exception as coming from the decompressor rather than from the tar reader above it. */
    private static final class DecompressionFailure extends IOException {
        DecompressionFailure(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class DecompressionFailures extends FilterInputStream {

        DecompressionFailures(InputStream decompressor) {
            super(decompressor);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException e) {
                throw new DecompressionFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw new DecompressionFailure(e);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (IOException | RuntimeException e) {
                throw new DecompressionFailure(e);
            }
        }
    }

    /** The current entry's bytes; failures become {@link DebFormatException}, close is left to the scan. */
    private final class EntryContent extends InputStream {

        @Override
        public int read() {
            try {
                return tar.read();
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return tar.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }

        @Override
        public long skip(long n) {
            try {
                return tar.skip(n);
            } catch (IOException | RuntimeException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
        }
    }
}
