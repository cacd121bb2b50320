package kgraph.importer.dwarf;

import java.util.ArrayList;
import java.util.List;

/**
 * The directory and file tables of one {@code .debug_line} program header (versions 2 to 5),
 * which give DW_AT_decl_file its meaning. The line number program itself is not read.
 */
final class LineTable {

    private static final String SECTION = ".debug_line";
    private static final int LNCT_PATH = 1;
    private static final int LNCT_DIRECTORY_INDEX = 2;

    private final int version;
    private final String[] directories;
    private final String[] fileNames;
    private final int[] fileDirectories;
    private final String[] normalized;
    private final SourcePaths paths;

    private LineTable(int version, List<String> directories, List<String> fileNames, List<Integer> fileDirectories,
            SourcePaths paths) {
        this.version = version;
        this.directories = directories.toArray(String[]::new);
        this.fileNames = fileNames.toArray(String[]::new);
        this.fileDirectories = fileDirectories.stream().mapToInt(Integer::intValue).toArray();
        this.normalized = new String[this.fileNames.length];
        this.paths = paths;
    }

    int version() {
        return version;
    }

    /**
     * The normalised path of a file as DW_AT_decl_file numbers it (from 1 before DWARF 5, from
     * 0 in DWARF 5), or null when the table has no such file.
     */
    String path(long fileNumber) {
        long index = version >= 5 ? fileNumber : fileNumber - 1;
        if (index < 0 || index >= fileNames.length) {
            return null;
        }
        int i = (int) index;
        String path = normalized[i];
        if (path == null) {
            path = paths.normalize(relativeToCompDir(fileNames[i], fileDirectories[i]));
            normalized[i] = path;
        }
        return path;
    }

    int fileCount() {
        return fileNames.length;
    }

    /**
     * Directory 0 is the compilation directory in every version (DWARF 5 repeats it as the
     * first entry); other relative directories are relative to it.
     */
    private String relativeToCompDir(String name, int directoryIndex) {
        if (name.startsWith("/") || directoryIndex <= 0 || directoryIndex >= directories.length) {
            if (directoryIndex == 0 && version >= 5 && !name.startsWith("/") && directories.length > 0
                    && directories[0].startsWith("/")) {
                return directories[0] + "/" + name;
            }
            return name;
        }
        return directories[directoryIndex] + "/" + name;
    }

    static LineTable parse(UnitContext unit, DwarfSections sections, long offset) {
        String source = sections.source();
        if (sections.line() == null) {
            throw new DwarfFormatException(source, ".debug_info", unit.header().offset(),
                    "the unit has DW_AT_stmt_list but the file has no .debug_line section");
        }
        SectionCursor in = sections.cursor(sections.line());
        try {
            in.seek(offset);
            return read(unit, sections, in, offset);
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(source, SECTION, offset, "line table header runs past the end of the section");
        }
    }

    private static LineTable read(UnitContext unit, DwarfSections sections, SectionCursor in, long offset) {
        String source = sections.source();
        long length = in.u32();
        int offsetSize = 4;
        if (length == 0xFFFFFFFFL) {
            length = in.u64();
            offsetSize = 8;
        }
        if (length < 0 || length > in.remaining()) {
            throw new DwarfFormatException(source, SECTION, offset, "line table length 0x" + Long.toHexString(length)
                    + " runs past the end of the section");
        }
        int version = in.u16();
        if (version < 2 || version > 5) {
            throw new DwarfFormatException(source, SECTION, offset, "unsupported line table version " + version);
        }
        int addressSize = unit.header().encoding().addressSize();
        if (version >= 5) {
            addressSize = in.u8();
            in.u8();
        }
        in.unsigned(offsetSize);
        in.skip(version >= 4 ? 5 : 4);
        int opcodeBase = in.u8();
        in.skip(Math.max(0, opcodeBase - 1));
        List<String> directories = new ArrayList<>();
        List<String> fileNames = new ArrayList<>();
        List<Integer> fileDirectories = new ArrayList<>();
        if (version < 5) {
            directories.add(unit.compDir() == null ? "" : unit.compDir());
            for (String directory = in.cString(); !directory.isEmpty(); directory = in.cString()) {
                directories.add(directory);
            }
            for (String name = in.cString(); !name.isEmpty(); name = in.cString()) {
                fileNames.add(name);
                fileDirectories.add((int) in.uleb());
                in.skipLeb();
                in.skipLeb();
            }
        } else {
            Encoding encoding = new Encoding(addressSize, offsetSize, offsetSize);
            EntryReader entries = new EntryReader(unit, sections, in, encoding, offset);
            entries.readAll(directories, null);
            entries.readAll(fileNames, fileDirectories);
        }
        return new LineTable(version, directories, fileNames, fileDirectories, unit.paths());
    }

    /** Reads a DWARF 5 entry-format description and the entries that follow it. */
    private record EntryReader(UnitContext unit, DwarfSections sections, SectionCursor in, Encoding encoding,
            long tableOffset) {

        void readAll(List<String> paths, List<Integer> directoryIndexes) {
            int formatCount = in.u8();
            int[] contentTypes = new int[formatCount];
            int[] forms = new int[formatCount];
            for (int i = 0; i < formatCount; i++) {
                contentTypes[i] = (int) in.uleb();
                forms[i] = (int) in.uleb();
                String problem = Forms.unsupported(forms[i]);
                if (problem != null || forms[i] == Forms.INDIRECT || forms[i] == Forms.IMPLICIT_CONST) {
                    throw new DwarfFormatException(sections.source(), SECTION, tableOffset,
                            problem != null ? problem : "form 0x" + Integer.toHexString(forms[i]) + " in an entry format");
                }
            }
            long count = in.uleb();
            for (long entry = 0; entry < count; entry++) {
                String path = "";
                int directory = 0;
                for (int i = 0; i < formatCount; i++) {
                    if (contentTypes[i] == LNCT_PATH) {
                        path = string(forms[i]);
                    } else if (contentTypes[i] == LNCT_DIRECTORY_INDEX) {
                        directory = (int) constant(forms[i]);
                    } else {
                        Forms.skip(in, forms[i], encoding);
                    }
                }
                paths.add(path);
                if (directoryIndexes != null) {
                    directoryIndexes.add(directory);
                }
            }
        }

        private String string(int form) {
            return switch (form) {
                case Forms.STRING -> in.cString();
                case Forms.LINE_STRP -> sections.lineStrings().at(in.unsigned(encoding.offsetSize()), SECTION, tableOffset);
                case Forms.STRP -> sections.strings().at(in.unsigned(encoding.offsetSize()), SECTION, tableOffset);
                case Forms.STRX, Forms.STRX1, Forms.STRX2, Forms.STRX3, Forms.STRX4 ->
                        unit.indexedString(form == Forms.STRX ? in.uleb() : in.unsigned(form - Forms.STRX1 + 1),
                                SECTION, tableOffset);
                default -> throw new DwarfFormatException(sections.source(), SECTION, tableOffset,
                        "form 0x" + Integer.toHexString(form) + " cannot hold a path");
            };
        }

        private long constant(int form) {
            return switch (form) {
                case Forms.DATA1 -> in.u8();
                case Forms.DATA2 -> in.u16();
                case Forms.DATA4 -> in.u32();
                case Forms.DATA8 -> in.u64();
                case Forms.UDATA -> in.uleb();
                case Forms.SDATA -> in.sleb();
                default -> throw new DwarfFormatException(sections.source(), SECTION, tableOffset,
                        "form 0x" + Integer.toHexString(form) + " cannot hold a directory index");
            };
        }
    }
}
