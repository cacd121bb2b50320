package kgraph.importer.elf;

import com.github.luben.zstd.Zstd;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates compressed sections: {@code SHF_COMPRESSED} ones behind an {@code Elf32_Chdr} or
 * {@code Elf64_Chdr}, and GNU's older {@code .zdebug_*} ones that start with "ZLIB" and an
 * 8-byte big-endian size.
 */
final class SectionDecompressor {

    static final int ELFCOMPRESS_ZLIB = 1;
    static final int ELFCOMPRESS_ZSTD = 2;

    private static final int CHDR_SIZE_32 = 12;
    private static final int CHDR_SIZE_64 = 24;
    private static final int GNU_HEADER_SIZE = 12;
    private static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private final String source;
    private final boolean is64;
    private final ByteOrder order;

    SectionDecompressor(String source, boolean is64, ByteOrder order) {
        this.source = source;
        this.is64 = is64;
        this.order = order;
    }

    static boolean isGnuCompressed(ElfSection section, ByteBuffer raw) {
        return section.name().startsWith(".zdebug") && raw.remaining() >= 4
                && raw.get(0) == 'Z' && raw.get(1) == 'L' && raw.get(2) == 'I' && raw.get(3) == 'B';
    }

    /** The uncompressed contents, in a new heap buffer in the file's byte order. */
    ByteBuffer decompress(ElfSection section, ByteBuffer raw) {
        return section.isCompressed() ? decompressElf(section, raw) : decompressGnu(section, raw);
    }

    private ByteBuffer decompressElf(ElfSection section, ByteBuffer raw) {
        int headerSize = is64 ? CHDR_SIZE_64 : CHDR_SIZE_32;
        if (raw.remaining() < headerSize) {
            throw new ElfFormatException(source, section.offset(), section.name() + " is marked compressed but its "
                    + raw.remaining() + " bytes cannot hold a " + headerSize + "-byte compression header");
        }
        int type = raw.getInt(0);
        long size = is64 ? raw.getLong(8) : Integer.toUnsignedLong(raw.getInt(4));
        ByteBuffer payload = raw.slice(headerSize, raw.remaining() - headerSize);
        long payloadOffset = section.offset() + headerSize;
        checkSize(section, size);
        return switch (type) {
            case ELFCOMPRESS_ZLIB -> inflate(section, payload, payloadOffset, (int) size);
            case ELFCOMPRESS_ZSTD -> unzstd(section, payload, payloadOffset, (int) size);
            default -> throw new ElfFormatException(source, section.offset(), "unknown compression type "
                    + Integer.toUnsignedString(type) + " in the compression header of " + section.name()
                    + " (1 is zlib, 2 is zstd)");
        };
    }

    private ByteBuffer decompressGnu(ElfSection section, ByteBuffer raw) {
        if (raw.remaining() < GNU_HEADER_SIZE) {
            throw new ElfFormatException(source, section.offset(), section.name() + " is too short ("
                    + raw.remaining() + " bytes) for its ZLIB header");
        }
        long size = raw.duplicate().order(ByteOrder.BIG_ENDIAN).getLong(4);
        checkSize(section, size);
        ByteBuffer payload = raw.slice(GNU_HEADER_SIZE, raw.remaining() - GNU_HEADER_SIZE);
        return inflate(section, payload, section.offset() + GNU_HEADER_SIZE, (int) size);
    }

    private void checkSize(ElfSection section, long size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new ElfFormatException(source, section.offset(), "the compression header of " + section.name()
                    + " gives an uncompressed size of " + Long.toUnsignedString(size)
                    + " bytes, more than a buffer can hold");
        }
    }

    private ByteBuffer inflate(ElfSection section, ByteBuffer payload, long payloadOffset, int size) {
        byte[] out = new byte[size];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(payload);
            int done = 0;
            while (done < size) {
                int n = inflater.inflate(out, done, size - done);
                if (n == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                done += n;
            }
            if (done < size) {
                throw corrupt(section, payloadOffset, "zlib data ends after " + done + " of the " + size
                        + " bytes the header announces", null);
            }
            if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
                throw corrupt(section, payloadOffset, "zlib data holds more than the " + size
                        + " bytes the header announces", null);
            }
        } catch (DataFormatException e) {
            throw corrupt(section, payloadOffset, "corrupt zlib data: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
        return ByteBuffer.wrap(out).order(order);
    }

    private ByteBuffer unzstd(ElfSection section, ByteBuffer payload, long payloadOffset, int size) {
        byte[] in = new byte[payload.remaining()];
        payload.duplicate().get(in);
        byte[] out = new byte[size];
        long result = Zstd.decompressByteArray(out, 0, size, in, 0, in.length);
        if (Zstd.isError(result)) {
            throw corrupt(section, payloadOffset, "corrupt zstd data: " + Zstd.getErrorName(result), null);
        }
        if (result != size) {
            throw corrupt(section, payloadOffset, "zstd data gives " + result + " bytes, the header announces "
                    + size, null);
        }
        return ByteBuffer.wrap(out).order(order);
    }

    private ElfFormatException corrupt(ElfSection section, long offset, String message, Throwable cause) {
        return new ElfFormatException(source, offset, section.name() + ": " + message, cause);
    }
}
