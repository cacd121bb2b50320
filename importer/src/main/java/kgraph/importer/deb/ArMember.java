package kgraph.importer.deb;

/**
 * One member of the {@code ar} archive a {@code .deb} is made of.
 *
 * @param index  1-based position in the archive, as {@code ar t} lists it
 * @param offset byte offset of the member's data in the package file
 * @param size   length of the member's data in bytes
 */
public record ArMember(int index, String name, long offset, long size) {

    /** {@code member 3 (data.tar.xz)}. */
    public String describe() {
        return "member " + index + " (" + name + ")";
    }

    /** {@code member 3 (data.tar.xz) at byte 1234}, for a byte offset in the package file. */
    public String at(long fileOffset) {
        return describe() + " at byte " + fileOffset;
    }

    public long end() {
        return offset + size;
    }
}
