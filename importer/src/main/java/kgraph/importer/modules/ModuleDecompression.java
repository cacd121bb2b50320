package kgraph.importer.modules;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/** Reads a module file whole, decompressing {@code .ko.xz}, {@code .ko.zst} and {@code .ko.gz} as kmod does. */
final class ModuleDecompression {

    private ModuleDecompression() {
    }

    /**
     * @param suffix the compression suffix of the file name ({@code .xz}, ...), empty for none
     * @param size   the stored size, exact for an uncompressed file
     */
    static byte[] readAll(String suffix, InputStream in, long size) throws IOException {
        return switch (suffix) {
            case "" -> readExactly(in, size);
            case ".xz" -> new XZCompressorInputStream(in, true).readAllBytes();
            case ".zst" -> new ZstdCompressorInputStream(in).readAllBytes();
            case ".gz" -> new GzipCompressorInputStream(in, true).readAllBytes();
            default -> throw new IllegalArgumentException("unknown module compression " + suffix);
        };
    }

    private static byte[] readExactly(InputStream in, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("a module of " + size + " bytes is too large to read into memory");
        }
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length != size) {
            throw new IOException("ends after " + bytes.length + " of " + size + " bytes");
        }
        return bytes;
    }
}
