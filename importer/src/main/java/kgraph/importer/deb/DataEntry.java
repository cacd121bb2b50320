package kgraph.importer.deb;

/**
 * One entry of a package's {@code data.tar}.
 *
 * @param name       path inside the package without the leading {@code ./}, e.g.
 *                   {@code usr/lib/debug/boot/vmlinux-6.12.117+deb12-cloud-amd64}; no trailing slash for directories
 * @param size       content length; 0 for anything but a regular file
 * @param linkTarget a symlink's target as written in the archive (often relative), a hard link's
 *                   normalised entry name; {@code null} for other types
 */
public record DataEntry(String name, Type type, long size, String linkTarget) {

    public enum Type { FILE, DIRECTORY, SYMLINK, HARDLINK, OTHER }

    public boolean isFile() {
        return type == Type.FILE;
    }

    public boolean isLink() {
        return type == Type.SYMLINK || type == Type.HARDLINK;
    }

    /** A tar member name as the rest of kgraph spells it: {@code ./boot/x} and {@code /boot/x/} become {@code boot/x}. */
    static String normalise(String tarName) {
        String name = tarName;
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.equals(".") ? "" : name;
    }
}
