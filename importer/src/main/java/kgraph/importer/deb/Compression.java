package kgraph.importer.deb;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.lzma.LZMACompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/** The compressions dpkg writes for {@code control.tar} and {@code data.tar}, told by the member's suffix. */
enum Compression {
    NONE("", "tar"),
    GZIP(".gz", "gzip"),
    XZ(".xz", "xz"),
    ZSTD(".zst", "zstd"),
    BZIP2(".bz2", "bzip2"),
    LZMA(".lzma", "lzma");

    private final String suffix;
    private final String label;

    Compression(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    /** The compression of a member named {@code base + suffix}, e.g. {@code data.tar.zst}. */
    static Optional<Compression> ofMember(String memberName, String base) {
        for (Compression c : values()) {
            if (memberName.equals(base + c.suffix)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Short name for messages: {@code xz}, {@code zstd}, ... */
    String label() {
        return label;
    }

    InputStream decompress(InputStream compressed) throws IOException {
        return switch (this) {
            case NONE -> compressed;
            case GZIP -> new GzipCompressorInputStream(compressed, true);
            case XZ -> new XZCompressorInputStream(compressed, true);
            case ZSTD -> new ZstdCompressorInputStream(compressed);
            case BZIP2 -> new BZip2CompressorInputStream(compressed, true);
            case LZMA -> new LZMACompressorInputStream(compressed);
        };
    }
}
