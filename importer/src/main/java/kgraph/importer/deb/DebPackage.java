package kgraph.importer.deb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A Debian binary package ({@code .deb}, or Ubuntu's {@code .ddeb}) read in place: its control
 * fields at {@link #open}, its {@code data.tar} streamed from the package file on each
 * {@link #list}, {@link #scan} or {@link #read}, nothing unpacked to disk.
 *
 * <p>A tar archive has no index, so every pass decompresses {@code data.tar} from its start;
 * {@link #read} stops at the first match, {@link #list} and {@link #scan} go to the end and
 * verify the compressor's checksums there. Damage anywhere is a {@link DebFormatException};
 * failing to read the file at all is an {@link UncheckedIOException}.
 */
public final class DebPackage {

    /** Larger than any real control file; keeps a damaged size field from allocating gigabytes. */
    private static final long MAX_CONTROL_FILE = 1 << 20;

    private final Path path;
    private final DebMembers members;
    private final Map<String, String> control;

    private DebPackage(Path path, DebMembers members, Map<String, String> control) {
        this.path = path;
        this.members = members;
        this.control = control;
    }

    /** Reads the archive's members and the control file; the data member is only located. */
    public static DebPackage open(Path deb) {
        try (FileChannel channel = FileChannel.open(deb, StandardOpenOption.READ)) {
            DebMembers members = DebMembers.read(deb, channel);
            Map<String, String> control = readControl(deb, channel, members.control(), members.controlCompression());
            return new DebPackage(deb, members, control);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + deb + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    public String packageName() {
        return ControlFile.get(control, "Package");
    }

    public String version() {
        return ControlFile.get(control, "Version");
    }

    /** Debian's architecture name: {@code amd64}, {@code arm64}, {@code ppc64el}, ... */
    public String architecture() {
        return ControlFile.get(control, "Architecture");
    }

    /**
     * The source package's name, without the version the field may carry
     * ({@code linux-signed-6.12-amd64 (6.12.117+1~deb12u1)} gives {@code linux-signed-6.12-amd64});
     * null when the control file has no Source field. {@link #control()} has the field as written.
     */
    public String source() {
        String source = ControlFile.get(control, "Source");
        if (source == null) {
            return null;
        }
        int paren = source.indexOf('(');
        return (paren < 0 ? source : source.substring(0, paren)).strip();
    }

    /** All control fields in file order, values as {@code dpkg-deb -f PKG Field} prints them. */
    public Map<String, String> control() {
        return control;
    }

    /** A control field by name, ignoring case as dpkg does; null when absent. */
    public String field(String name) {
        return ControlFile.get(control, name);
    }

    /** The {@code ar} members up to and including the data member. */
    public List<ArMember> members() {
        return members.members();
    }

    public ArMember dataMember() {
        return members.data();
    }

    /** Every entry of {@code data.tar}, in archive order (one pass over the whole member). */
    public DataListing list() {
        List<DataEntry> entries = new ArrayList<>();
        withDataTar(tar -> {
            for (DataEntry e = tar.next(); e != null; e = tar.next()) {
                entries.add(e);
            }
            tar.readToEnd();
            return null;
        });
        return new DataListing(entries);
    }

    /**
     * Reads {@code data.tar} once, handing each regular file whose name {@code wanted} accepts to
     * {@code handler}. An {@link IOException} the handler throws itself comes back as
     * {@link UncheckedIOException}.
     */
    public void scan(Predicate<String> wanted, EntryHandler handler) {
        withDataTar(tar -> {
            for (DataEntry e = tar.next(); e != null; e = tar.next()) {
                if (e.isFile() && wanted.test(e.name())) {
                    handleEntry(handler, e, tar);
                }
            }
            tar.readToEnd();
            return null;
        });
    }

    /**
     * The first regular file whose name {@code wanted} accepts, in one buffer of exactly its size;
     * stops reading there. Files of 2 GiB or more are refused with a {@link DebFormatException}.
     */
    public Optional<ByteBuffer> read(Predicate<String> wanted) {
        return read(wanted, EntryBuffer.MAX_SIZE);
    }

    Optional<ByteBuffer> read(Predicate<String> wanted, long maxSize) {
        return withDataTar(tar -> {
            for (DataEntry e = tar.next(); e != null; e = tar.next()) {
                if (e.isFile() && wanted.test(e.name())) {
                    return Optional.of(readWhole(tar, e, maxSize));
                }
            }
            tar.readToEnd();
            return Optional.empty();
        });
    }

    private ByteBuffer readWhole(MemberTar tar, DataEntry entry, long maxSize) {
        try {
            ByteBuffer bytes = EntryBuffer.read(entry, tar.content(), maxSize);
            if (bytes == null) {
                throw new DebFormatException(path, tar.member().describe(), entry.name() + " is " + entry.size()
                        + " bytes, more than the " + maxSize + " bytes kgraph reads into one buffer");
            }
            return bytes;
        } catch (IOException e) {
            throw tar.failure(e);
        }
    }

    private static void handleEntry(EntryHandler handler, DataEntry entry, MemberTar tar) {
        try {
            handler.handle(entry, tar.content());
        } catch (IOException e) {
            throw new UncheckedIOException("handling " + entry.name() + ": " + e.getMessage(), e);
        }
    }

    private interface TarWork<T> {
        T run(MemberTar tar);
    }

    private <T> T withDataTar(TarWork<T> work) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return work.run(new MemberTar(path, channel, members.data(), members.dataCompression()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readControl(Path deb, FileChannel channel, ArMember member, Compression compression) {
        MemberTar tar = new MemberTar(deb, channel, member, compression);
        for (DataEntry e = tar.next(); e != null; e = tar.next()) {
            if (e.isFile() && e.name().equals("control")) {
                Map<String, String> fields = parseControl(deb, member, tar, e);
                for (String required : List.of("Package", "Version", "Architecture")) {
                    if (ControlFile.get(fields, required) == null) {
                        throw new DebFormatException(deb, member.describe() + ", control file", "no " + required + " field");
                    }
                }
                return fields;
            }
        }
        throw new DebFormatException(deb, member.describe(), "no control file in the control archive");
    }

    private static Map<String, String> parseControl(Path deb, ArMember member, MemberTar tar, DataEntry entry) {
        ByteBuffer bytes;
        try {
            bytes = EntryBuffer.read(entry, tar.content(), MAX_CONTROL_FILE);
        } catch (IOException e) {
            throw tar.failure(e);
        }
        if (bytes == null) {
            throw new DebFormatException(deb, member.describe(), "control file of " + entry.size() + " bytes is too large");
        }
        try {
            return ControlFile.parse(StandardCharsets.UTF_8.decode(bytes).toString());
        } catch (IllegalArgumentException e) {
            throw new DebFormatException(deb, member.describe() + ", control file", e.getMessage(), e);
        }
    }
}
