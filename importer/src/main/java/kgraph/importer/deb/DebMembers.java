package kgraph.importer.deb;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;

/**
 * The {@code ar} members of a binary package up to its data member (deb(5)):
 * {@code debian-binary}, then {@code control.tar[.comp]}, then {@code data.tar[.comp]};
 * members whose name starts with {@code _} may sit between them and are passed over.
 */
record DebMembers(List<ArMember> members, ArMember control, Compression controlCompression,
                  ArMember data, Compression dataCompression) {

    private static final int AR_HEADER_SIZE = 60;
    private static final byte[] AR_MAGIC = "!<arch>\n".getBytes(StandardCharsets.US_ASCII);

    static DebMembers read(Path deb, FileChannel channel) throws IOException {
        long fileSize = channel.size();
        checkSignature(deb, channel, fileSize);
        List<ArMember> members = new ArrayList<>();
        ArMember control = null;
        Compression controlCompression = null;
        // Left open: closing these streams would close the caller's channel, which reads the members next.
        InputStream file = new BufferedInputStream(Channels.newInputStream(channel.position(0)), 1 << 16);
        ArArchiveInputStream ar = new ArArchiveInputStream(file);
        long headerAt = AR_MAGIC.length;
        while (true) {
            int index = members.size() + 1;
            ArArchiveEntry entry = nextEntry(deb, ar, index, headerAt, fileSize);
            if (entry == null) {
                break;
            }
            ArMember member = new ArMember(index, memberName(entry), ar.getBytesRead(), entry.getLength());
            members.add(member);
            headerAt = member.end() + (member.size() & 1);
            if (member.end() > fileSize) {
                throw new DebFormatException(deb, member.at(member.offset()), "truncated archive: the member needs "
                        + member.size() + " bytes, the file ends at byte " + fileSize);
            }
            if (index == 1) {
                checkDebianBinary(deb, member, ar);
            } else if (member.name().startsWith("control.tar")) {
                control = member;
                controlCompression = compressionOf(deb, member, "control.tar");
            } else if (member.name().startsWith("data.tar")) {
                if (control == null) {
                    throw new DebFormatException(deb, member.describe(), "no control.tar member before the data member");
                }
                return new DebMembers(List.copyOf(members), control, controlCompression,
                        member, compressionOf(deb, member, "data.tar"));
            }
        }
        String found = members.stream().map(ArMember::name).toList().toString();
        throw new DebFormatException(deb, "", (control == null ? "no control.tar and no data.tar member"
                : "no data.tar member") + " (members: " + found + ")");
    }

    private static void checkSignature(Path deb, FileChannel channel, long fileSize) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(AR_MAGIC.length);
        while (start.hasRemaining() && channel.read(start, start.position()) > 0) {
            // keep reading: a file channel may return fewer bytes than asked
        }
        byte[] head = new byte[start.position()];
        start.flip().get(head);
        if (fileSize == 0) {
            throw new DebFormatException(deb, "at byte 0", "empty file, not an ar archive");
        }
        if (ArArchiveInputStream.matches(head, head.length)) {
            return;
        }
        if (head.length < AR_MAGIC.length && startsLike(head)) {
            throw new DebFormatException(deb, "at byte " + fileSize, "truncated inside the ar signature");
        }
        throw new DebFormatException(deb, "at byte 0", "not an ar archive (a .deb starts with !<arch>, this file with "
                + printable(head) + ")");
    }

    private static ArArchiveEntry nextEntry(Path deb, ArArchiveInputStream ar, int index, long headerAt, long fileSize) {
        try {
            return ar.getNextEntry();
        } catch (IOException e) {
            String where = "member " + index + " at byte " + headerAt;
            if (headerAt + AR_HEADER_SIZE > fileSize) {
                throw new DebFormatException(deb, where, "truncated member header, the file ends at byte " + fileSize, e);
            }
            throw new DebFormatException(deb, where, "damaged member header (" + e.getMessage() + ")", e);
        }
    }

    /** GNU ar ends member names with a slash; dpkg does not. */
    private static String memberName(ArArchiveEntry entry) {
        String name = entry.getName().strip();
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static void checkDebianBinary(Path deb, ArMember member, InputStream ar) throws IOException {
        if (!member.name().equals("debian-binary")) {
            throw new DebFormatException(deb, member.describe(),
                    "not a Debian binary package: the first member must be debian-binary");
        }
        String version = new String(ar.readNBytes(64), StandardCharsets.US_ASCII).strip();
        if (!version.startsWith("2.")) {
            throw new DebFormatException(deb, member.describe(),
                    "unsupported package format version '" + version + "' (kgraph reads format 2.x)");
        }
    }

    private static Compression compressionOf(Path deb, ArMember member, String base) {
        return Compression.ofMember(member.name(), base).orElseThrow(() -> new DebFormatException(deb,
                member.describe(), "unsupported compression (kgraph reads " + base + " uncompressed or as "
                        + ".gz, .xz, .zst, .bz2 and .lzma)"));
    }

    private static boolean startsLike(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] != AR_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static String printable(byte[] head) {
        StringBuilder s = new StringBuilder();
        for (byte b : head) {
            s.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b & 0xff));
        }
        return s.toString();
    }
}
