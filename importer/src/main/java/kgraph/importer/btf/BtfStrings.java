package kgraph.importer.btf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A BTF string section; in split BTF, offsets past the base's strings continue into these. */
final class BtfStrings {

    private final ByteBuffer blob;
    private final int start;
    private final int length;
    private final BtfStrings base;

    BtfStrings(ByteBuffer blob, int start, int length, BtfStrings base) {
        this.blob = blob;
        this.start = start;
        this.length = length;
        this.base = base;
    }

    int totalLength() {
        return (base == null ? 0 : base.totalLength()) + length;
    }

    String at(int offset) {
        long local = Integer.toUnsignedLong(offset);
        if (base != null) {
            if (local < base.totalLength()) {
                return base.at((int) local);
            }
            local -= base.totalLength();
        }
        if (local >= length) {
            throw new IllegalArgumentException("string offset " + offset + " outside the string section");
        }
        int from = start + (int) local;
        int end = from;
        while (end < start + length && blob.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - from];
        blob.get(from, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
