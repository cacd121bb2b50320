package kgraph.importer.dwarf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the DIEs of one unit in order and records what they say about functions. Only the
 * children of compile_unit, lexical_block, subprogram and inlined_subroutine DIEs are looked
 * at; every DIE is still counted. One walker per thread: it keeps cursors and scratch space.
 */
final class UnitWalker {

    private static final String INFO = ".debug_info";

    private final DebugInfo info;
    private final String source;
    private final DieDecoder decoder;
    private final SectionCursor dies;
    private final SectionCursor referenced;
    private final DieAttributes current = new DieAttributes();
    private final DieAttributes target = new DieAttributes();

    private UnitContext unit;
    private List<FunctionEvent> events;
    private final Map<Long, FunctionRef> originRefs = new HashMap<>();
    private final Map<Long, FunctionRef> calleeRefs = new HashMap<>();
    private final Map<String, String> callerStrings = new HashMap<>();
    private boolean[] handled = new boolean[32];
    private String[] callers = new String[32];

    UnitWalker(DebugInfo info) {
        this.info = info;
        this.source = info.sections().source();
        this.decoder = new DieDecoder(source);
        this.dies = info.sections().cursor(info.sections().info());
        this.referenced = info.sections().cursor(info.sections().info());
    }

    /** A function entry a DIE resolves to: its key and whether it is external. */
    private record FunctionRef(FunctionKey key, boolean external, String name) {
    }

    UnitRecording walk(UnitHeader header) {
        unit = info.unit(header);
        events = new ArrayList<>();
        originRefs.clear();
        calleeRefs.clear();
        callerStrings.clear();
        try {
            return walkDies(header);
        } finally {
            unit.releaseLineTable();
            unit = null;
            events = null;
        }
    }

    private UnitRecording walkDies(UnitHeader header) {
        AbbreviationTable abbreviations = unit.abbreviations();
        Encoding encoding = header.encoding();
        boolean compileUnit = unit.rootTag() == Tags.COMPILE_UNIT;
        long subprograms = 0;
        long inlinedSubroutines = 0;
        long callSites = 0;
        int depth = 0;
        handled[0] = compileUnit && unit.language() != Attributes.LANG_RUST;
        callers[0] = null;
        int end = header.end();
        dies.pos = header.firstDieOffset();
        int dieOffset = dies.pos;
        try {
            while (dies.pos < end) {
                dieOffset = dies.pos;
                long code = dies.uleb();
                if (code == 0) {
                    if (depth > 0) {
                        depth--;
                    }
                    continue;
                }
                Abbreviation abbreviation = abbreviations.get(code);
                if (abbreviation == null) {
                    throw new DwarfFormatException(source, INFO, dieOffset, "abbreviation code " + code
                            + " is not in the table at .debug_abbrev offset 0x"
                            + Long.toHexString(abbreviations.offset()));
                }
                int tag = abbreviation.tag;
                switch (tag) {
                    case Tags.SUBPROGRAM -> subprograms++;
                    case Tags.INLINED_SUBROUTINE -> inlinedSubroutines++;
                    case Tags.CALL_SITE, Tags.GNU_CALL_SITE -> callSites++;
                    default -> {
                    }
                }
                boolean childrenHandled = false;
                String childCaller = callers[depth];
                if (handled[depth]) {
                    switch (tag) {
                        case Tags.COMPILE_UNIT -> {
                            abbreviation.skipValues(dies, encoding);
                            childrenHandled = depth == 0;
                        }
                        case Tags.LEXICAL_BLOCK -> {
                            abbreviation.skipValues(dies, encoding);
                            childrenHandled = true;
                        }
                        case Tags.SUBPROGRAM -> {
                            decoder.decode(dies, dieOffset, abbreviation, header, current);
                            childCaller = subprogram(childCaller);
                            childrenHandled = true;
                        }
                        case Tags.INLINED_SUBROUTINE -> {
                            decoder.decode(dies, dieOffset, abbreviation, header, current);
                            inlinedSubroutine(childCaller);
                            childrenHandled = true;
                        }
                        case Tags.CALL_SITE, Tags.GNU_CALL_SITE -> {
                            decoder.decode(dies, dieOffset, abbreviation, header, current);
                            callSite(childCaller);
                        }
                        default -> abbreviation.skipValues(dies, encoding);
                    }
                } else {
                    abbreviation.skipValues(dies, encoding);
                }
                if (abbreviation.hasChildren) {
                    depth++;
                    if (depth == handled.length) {
                        handled = Arrays.copyOf(handled, depth * 2);
                        callers = Arrays.copyOf(callers, depth * 2);
                    }
                    handled[depth] = childrenHandled;
                    callers[depth] = childCaller;
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(source, INFO, dieOffset, "DIE runs past the end of the section");
        }
        if (dies.pos > end) {
            throw new DwarfFormatException(source, INFO, dieOffset, "DIE runs past the end of its unit at 0x"
                    + Integer.toHexString(end));
        }
        return new UnitRecording(header, compileUnit, events, subprograms, inlinedSubroutines, callSites);
    }

    /** Records a subprogram DIE and returns the caller its children's call sites belong to. */
    private String subprogram(String enclosingCaller) {
        if (current.abstractOrigin >= 0) {
            long pc = unit.pc(current);
            FunctionRef origin = resolve(current.abstractOrigin, false);
            if (origin == null) {
                return null;
            }
            events.add(FunctionEvent.concreteCopy(origin.key(), origin.external(), pc));
            return callerString(origin.name());
        }
        if (current.nameForm == 0) {
            return enclosingCaller;
        }
        FunctionRef self = refOf(unit, current);
        originRefs.put((long) current.dieOffset, self);
        if (current.declaration) {
            events.add(FunctionEvent.declaration(self.key(), self.external()));
            return enclosingCaller;
        }
        String loc = self.external() ? unit.declLocation(current) : self.key().loc();
        events.add(FunctionEvent.definition(self.key(), self.external(), current.inline, loc, unit.path(),
                unit.pc(current)));
        return callerString(self.name());
    }

    private void inlinedSubroutine(String caller) {
        if (current.abstractOrigin < 0) {
            return;
        }
        long pc = unit.pc(current);
        FunctionRef origin = resolve(current.abstractOrigin, false);
        if (origin != null) {
            events.add(FunctionEvent.inlined(origin.key(), origin.external(), caller, pc));
        }
    }

    private void callSite(String caller) {
        long originOffset = current.callOrigin >= 0 ? current.callOrigin : current.abstractOrigin;
        if (originOffset < 0) {
            return;
        }
        boolean tailCall = current.tailCall;
        FunctionRef callee = resolve(originOffset, true);
        if (callee != null) {
            events.add(FunctionEvent.call(callee.key(), callee.external(), caller, tailCall));
        }
    }

    /**
     * The function entry of the DIE at {@code offset}; with {@code followOrigin}, a DIE that
     * has its own DW_AT_abstract_origin stands for that origin instead. Null for a DIE without
     * a name.
     */
    private FunctionRef resolve(long offset, boolean followOrigin) {
        Map<Long, FunctionRef> cache = followOrigin ? calleeRefs : originRefs;
        FunctionRef cached = cache.get(offset);
        if (cached != null || cache.containsKey(offset)) {
            return cached;
        }
        int referrer = current.dieOffset;
        UnitContext owner = read(offset, referrer);
        if (followOrigin && target.abstractOrigin >= 0) {
            owner = read(target.abstractOrigin, referrer);
        }
        FunctionRef ref = target.nameForm == 0 ? null : refOf(owner, target);
        cache.put(offset, ref);
        return ref;
    }

    /** Reads the DIE at {@code offset} into {@link #target} and returns the unit holding it. */
    private UnitContext read(long offset, int referrer) {
        UnitContext owner = unit.header().contains(offset) ? unit : info.unitContaining(offset);
        if (owner == null || offset < owner.header().firstDieOffset()) {
            throw new DwarfFormatException(source, INFO, referrer,
                    "reference to 0x" + Long.toHexString(offset) + " does not point into a unit's DIEs");
        }
        referenced.pos = (int) offset;
        try {
            long code = referenced.uleb();
            Abbreviation abbreviation = owner.abbreviations().get(code);
            if (abbreviation == null) {
                throw new DwarfFormatException(source, INFO, offset, "abbreviation code " + code
                        + " is not in the table at .debug_abbrev offset 0x"
                        + Long.toHexString(owner.abbreviations().offset()) + " (referred to from 0x"
                        + Integer.toHexString(referrer) + ")");
            }
            decoder.decode(referenced, (int) offset, abbreviation, owner.header(), target);
        } catch (IndexOutOfBoundsException e) {
            throw new DwarfFormatException(source, INFO, offset, "DIE runs past the end of the section");
        }
        return owner;
    }

    /**
     * Key of the function a DIE declares or defines: a non-external function is told apart by
     * its declaration and by the unit holding the DIE, which is the unit being walked unless a
     * reference led into another one.
     */
    private FunctionRef refOf(UnitContext owner, DieAttributes die) {
        String name = owner.string(die.nameForm, die.nameValue, die.dieOffset);
        FunctionKey key = die.external
                ? new FunctionKey(name, null, null)
                : new FunctionKey(name, owner.declLocation(die), owner.path());
        return new FunctionRef(key, die.external, name);
    }

    private String callerString(String name) {
        return callerStrings.computeIfAbsent(name, n -> unit.path() + ":" + n);
    }
}
