package kgraph.importer.dwarf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every function of a file's DWARF (versions 2 to 5) with its callers, with the meaning
 * DepSurf gives them.
 *
 * <p>Each compile unit's DIE tree is walked through compile_unit, lexical_block, subprogram
 * and inlined_subroutine DIEs only; units in Rust are left out. A function entry is found by
 * name and, for a non-external function, by declaration location and compile unit; an
 * external function has one entry shared by all units. Subprogram definitions set the
 * entry's inline status, location and address; inlined subroutines and call sites (DWARF 5
 * and GNU) add {@code cu-path:caller} to the callee's {@code callerInline} or
 * {@code callerFunc}, where the caller is the function whose machine code holds the site.
 *
 * <p>Two deliberate differences from DepSurf: inside a concrete out-of-line copy of an
 * abstract function (a subprogram with DW_AT_abstract_origin), DepSurf records no callers at
 * all until the next plain subprogram, while this reader attributes those calls and inlines
 * to the origin function's name; and a nested subprogram's callers end with it rather than
 * carrying on into the rest of the enclosing function. A reference into another unit (as
 * link-time optimisation produces) finds the entry of the unit holding the referenced DIE,
 * whose line table also gives its declaration location; DepSurf would use the referring unit
 * for both.
 *
 * <p>Units are walked in parallel, each recording events that are then replayed in unit order,
 * so the result equals that of one sequential walk.
 */
public final class DwarfFunctionReader {

    private static final int UNITS_AHEAD_PER_THREAD = 4;

    private DwarfFunctionReader() {
    }

    public static DwarfFunctions read(DebugSections sections) {
        return read(sections, null);
    }

    public static DwarfFunctions read(DebugSections sections, DwarfProgress progress) {
        return read(sections, progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param progress told after each unit, or null
     * @param threads how many units to walk at once; 1 walks them on the calling thread
     */
    public static DwarfFunctions read(DebugSections sections, DwarfProgress progress, int threads) {
        DebugInfo info = new DebugInfo(sections);
        Merger merger = new Merger(info.headers(), progress);
        if (threads <= 1) {
            UnitWalker walker = new UnitWalker(info);
            for (UnitHeader header : info.headers()) {
                merger.add(walker.walk(header));
            }
        } else {
            readInParallel(info, merger, threads);
        }
        return merger.result();
    }

    private static void readInParallel(DebugInfo info, Merger merger, int threads) {
        ThreadLocal<UnitWalker> walkers = ThreadLocal.withInitial(() -> new UnitWalker(info));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dwarf-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<UnitHeader> headers = info.headers();
            Deque<Future<UnitRecording>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < headers.size() || !pending.isEmpty()) {
                while (next < headers.size() && pending.size() < threads * UNITS_AHEAD_PER_THREAD) {
                    UnitHeader header = headers.get(next++);
                    pending.add(pool.submit(() -> walkers.get().walk(header)));
                }
                merger.add(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static UnitRecording await(Future<UnitRecording> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading DWARF", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Replays recordings in unit order and keeps the counts. */
    private static final class Merger {
        private final FunctionTable table = new FunctionTable();
        private final DwarfProgress progress;
        private final int unitsTotal;
        private final long bytesTotal;
        private int unitsDone;
        private long bytesDone;
        private int compileUnits;
        private long subprograms;
        private long inlinedSubroutines;
        private long callSites;

        Merger(List<UnitHeader> headers, DwarfProgress progress) {
            this.progress = progress;
            this.unitsTotal = headers.size();
            this.bytesTotal = headers.stream().mapToLong(UnitHeader::length).sum();
        }

        void add(UnitRecording recording) {
            table.apply(recording);
            if (recording.compileUnit()) {
                compileUnits++;
            }
            subprograms += recording.subprograms();
            inlinedSubroutines += recording.inlinedSubroutines();
            callSites += recording.callSites();
            unitsDone++;
            bytesDone += recording.header().length();
            if (progress != null) {
                progress.unitsRead(unitsDone, unitsTotal, bytesDone, bytesTotal);
            }
        }

        DwarfFunctions result() {
            return new DwarfFunctions(table.functions(), compileUnits, subprograms, inlinedSubroutines, callSites);
        }
    }
}
