package kgraph.importer.btf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.btf.BtfType.Member;

/**
 * Reads a raw {@code .BTF} blob (magic 0xEB9F, either byte order), as in
 * {@code /sys/kernel/btf/vmlinux} or a vmlinux's {@code .BTF} section. A split blob (a
 * module's BTF) continues the type ids and string offsets of its base.
 */
public final class BtfReader {

    private static final int MAGIC = 0xEB9F;
    private static final int HEADER_MIN = 24;

    private BtfReader() {
    }

    public static BtfTypes read(Path file) {
        return read(file, null);
    }

    public static BtfTypes read(Path file, BtfTypes base) {
        try {
            return parse(file.toString(), ByteBuffer.wrap(Files.readAllBytes(file)), base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a blob already in memory, e.g. a vmlinux's {@code .BTF} section; errors name {@code source}. */
    public static BtfTypes read(String source, ByteBuffer blob) {
        return parse(source, blob.slice(), null);
    }

    /** Reads a split blob already in memory, e.g. a module's {@code .BTF} section over the vmlinux's types. */
    public static BtfTypes read(String source, ByteBuffer blob, BtfTypes base) {
        return parse(source, blob.slice(), base);
    }

    static BtfTypes parse(String file, ByteBuffer blob, BtfTypes base) {
        if (blob.remaining() < HEADER_MIN) {
            throw new BtfFormatException(file, 0, "too short for a BTF header (" + blob.remaining() + " bytes)");
        }
        blob.order(ByteOrder.LITTLE_ENDIAN);
        if ((blob.getShort(0) & 0xFFFF) != MAGIC) {
            blob.order(ByteOrder.BIG_ENDIAN);
            if ((blob.getShort(0) & 0xFFFF) != MAGIC) {
                throw new BtfFormatException(file, 0, String.format("not BTF: magic 0x%04x, expected 0xeb9f",
                        blob.order(ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFF));
            }
        }
        int version = blob.get(2);
        if (version != 1) {
            throw new BtfFormatException(file, 2, "unsupported BTF version " + version);
        }
        long headerLength = Integer.toUnsignedLong(blob.getInt(4));
        long typeOffset = headerLength + Integer.toUnsignedLong(blob.getInt(8));
        long typeLength = Integer.toUnsignedLong(blob.getInt(12));
        long stringOffset = headerLength + Integer.toUnsignedLong(blob.getInt(16));
        long stringLength = Integer.toUnsignedLong(blob.getInt(20));
        if (typeOffset + typeLength > blob.limit() || stringOffset + stringLength > blob.limit()) {
            throw new BtfFormatException(file, 4, "sections run past the end of the blob (" + blob.limit()
                    + " bytes): types end at " + (typeOffset + typeLength) + ", strings at "
                    + (stringOffset + stringLength));
        }
        BtfStrings strings = new BtfStrings(blob, (int) stringOffset, (int) stringLength, base == null ? null : base.strings());
        List<BtfType> types = new ArrayList<>();
        int firstId = base == null ? 1 : base.size() + 1;
        ByteBuffer section = blob.duplicate().order(blob.order());
        section.position((int) typeOffset).limit((int) (typeOffset + typeLength));
        int id = firstId;
        while (section.hasRemaining()) {
            int at = section.position();
            try {
                types.add(readType(section, id++, strings));
            } catch (BufferUnderflowException e) {
                throw new BtfFormatException(file, at, "type " + (id - 1) + " runs past the end of the type section");
            } catch (IllegalArgumentException e) {
                throw new BtfFormatException(file, at, "type " + (id - 1) + ": " + e.getMessage());
            }
        }
        return new BtfTypes(base, firstId, types, strings, blob.order());
    }

    private static BtfType readType(ByteBuffer in, int id, BtfStrings strings) {
        String name = strings.at(in.getInt());
        int info = in.getInt();
        int sizeOrType = in.getInt();
        int vlen = info & 0xFFFF;
        int kindNumber = (info >>> 24) & 0x1F;
        boolean kindFlag = (info >>> 31) != 0;
        BtfKind kind = BtfKind.of(kindNumber);
        if (kind == null) {
            throw new IllegalArgumentException("unknown BTF kind " + kindNumber);
        }
        List<Member> members = List.of();
        long arrayLength = 0;
        int type = 0;
        long size = 0;
        switch (kind) {
            case INT -> {
                size = Integer.toUnsignedLong(sizeOrType);
                in.getInt();
            }
            case ARRAY -> {
                type = in.getInt();
                in.getInt();
                arrayLength = Integer.toUnsignedLong(in.getInt());
            }
            case STRUCT, UNION -> {
                size = Integer.toUnsignedLong(sizeOrType);
                members = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    String memberName = strings.at(in.getInt());
                    int memberType = in.getInt();
                    int offset = in.getInt();
                    members.add(kindFlag
                            ? new Member(memberName, memberType, offset & 0xFFFFFF, offset >>> 24, 0)
                            : new Member(memberName, memberType, Integer.toUnsignedLong(offset), 0, 0));
                }
            }
            case ENUM -> {
                size = Integer.toUnsignedLong(sizeOrType);
                members = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    String valueName = strings.at(in.getInt());
                    int value = in.getInt();
                    members.add(new Member(valueName, 0, 0, 0, kindFlag ? value : Integer.toUnsignedLong(value)));
                }
            }
            case ENUM64 -> {
                size = Integer.toUnsignedLong(sizeOrType);
                members = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    String valueName = strings.at(in.getInt());
                    long low = Integer.toUnsignedLong(in.getInt());
                    long high = Integer.toUnsignedLong(in.getInt());
                    members.add(new Member(valueName, 0, 0, 0, (high << 32) | low));
                }
            }
            case FUNC_PROTO -> {
                type = sizeOrType;
                members = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    String paramName = strings.at(in.getInt());
                    members.add(new Member(paramName, in.getInt(), 0, 0, 0));
                }
            }
            case VAR, DECL_TAG -> {
                type = sizeOrType;
                in.getInt();
            }
            case DATASEC -> {
                size = Integer.toUnsignedLong(sizeOrType);
                members = new ArrayList<>(vlen);
                for (int i = 0; i < vlen; i++) {
                    int variable = in.getInt();
                    long offset = Integer.toUnsignedLong(in.getInt());
                    members.add(new Member("", variable, offset, 0, Integer.toUnsignedLong(in.getInt())));
                }
            }
            case FLOAT -> size = Integer.toUnsignedLong(sizeOrType);
            case FWD -> { }
            default -> type = sizeOrType;
        }
        return new BtfType(id, kind, name, type, size, kindFlag, vlen, members, arrayLength);
    }
}
