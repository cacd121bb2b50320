package kgraph.importer.dwarf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The function entries built by replaying unit recordings in unit order: get-or-create by
 * {@link FunctionKey}, then the update each event calls for. Entries come out grouped by name
 * in order of each name's first appearance, then by creation.
 */
final class FunctionTable {

    private static final int NOT_SEEN = -1;
    private static final int SEEN_UNKNOWN = -2;
    private static final String SKIPPED_PREFIX = "__compiletime_assert_";

    private final Map<String, Map<FunctionKey, Entry>> byName = new LinkedHashMap<>();

    private static final class Entry {
        final String name;
        final boolean external;
        String loc;
        String file;
        int inline = NOT_SEEN;
        long addr;
        final List<String> callerInline = new ArrayList<>(2);
        final List<String> callerFunc = new ArrayList<>(2);
        final List<String> tailCallers = new ArrayList<>(0);

        Entry(FunctionKey key, boolean external) {
            this.name = key.name();
            this.external = external;
            this.loc = key.loc();
            this.file = key.file();
        }
    }

    void apply(UnitRecording recording) {
        for (FunctionEvent event : recording.events()) {
            apply(event);
        }
    }

    private void apply(FunctionEvent event) {
        Entry entry = byName.computeIfAbsent(event.key().name(), name -> new LinkedHashMap<>(2))
                .computeIfAbsent(event.key(), key -> new Entry(key, event.external()));
        switch (event.kind()) {
            case CONCRETE_COPY -> setAddressIfUnknown(entry, event.pc());
            case DECLARATION -> {
            }
            case DEFINITION -> {
                if (entry.inline == NOT_SEEN || entry.inline == SEEN_UNKNOWN) {
                    entry.inline = event.inline() >= 0 && event.inline() <= 3 ? event.inline() : SEEN_UNKNOWN;
                }
                if (entry.loc == null) {
                    entry.loc = event.loc();
                }
                if (entry.file == null) {
                    entry.file = event.file();
                }
                setAddressIfUnknown(entry, event.pc());
            }
            case INLINED -> {
                if (event.caller() != null) {
                    entry.callerInline.add(event.caller());
                }
                setAddressIfUnknown(entry, event.pc());
            }
            case CALL -> {
                if (event.caller() != null) {
                    entry.callerFunc.add(event.caller());
                    if (event.tailCall()) {
                        entry.tailCallers.add(event.caller());
                    }
                }
            }
        }
    }

    private static void setAddressIfUnknown(Entry entry, long pc) {
        if (entry.addr == 0) {
            entry.addr = pc;
        }
    }

    List<DwarfFunction> functions() {
        List<DwarfFunction> functions = new ArrayList<>();
        for (Map<FunctionKey, Entry> group : byName.values()) {
            for (Entry entry : group.values()) {
                if (!entry.name.startsWith(SKIPPED_PREFIX)) {
                    functions.add(new DwarfFunction(entry.name, entry.external, entry.loc, entry.file,
                            inlineStatus(entry.inline), entry.addr, List.copyOf(entry.callerInline),
                            List.copyOf(entry.callerFunc), List.copyOf(entry.tailCallers)));
                }
            }
        }
        return functions;
    }

    static String inlineStatus(int value) {
        return switch (value) {
            case 0 -> "not declared, not inlined";
            case 1 -> "not declared, inlined";
            case 2 -> "declared, not inlined";
            case 3 -> "declared, inlined";
            case SEEN_UNKNOWN -> "seen, unknown";
            default -> "not seen";
        };
    }
}
