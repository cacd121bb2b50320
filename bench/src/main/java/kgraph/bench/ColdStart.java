package kgraph.bench;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import kgraph.queries.PresenceQuery;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;

/**
 * Where a cold lookup's time goes, one fresh process per sample:
 * {@code ColdStart DB FUNCTION LAUNCHED_AT_MS}. It does what {@code kgraph presence} does (open
 * the database read-only, answer, close) and asks the same question a second time before
 * closing: the second answer reuses the cached plan, so the difference between the two is
 * parsing and planning. The caller passes the wall-clock time at which it launched the JVM and
 * subtracts the printed {@code done-at} from the time the process ended to get the exit time.
 * Prints one {@code phase milliseconds classes-loaded} line per phase, then the JIT compiler's
 * and the garbage collector's total time.
 */
public final class ColdStart {

    private static final ClassLoadingMXBean CLASSES = ManagementFactory.getClassLoadingMXBean();

    private ColdStart() {
    }

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        long classesAtMain = CLASSES.getTotalLoadedClassCount();
        Path db = Path.of(args[0]);
        String function = args[1];
        long launchedAt = Long.parseLong(args[2]);
        System.out.printf("jvm-start %d %d%n", mainAt - launchedAt, classesAtMain);

        Phase phase = new Phase();
        EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openReadOnly(db));
        phase.end("database-start");
        new PresenceQuery(graph).presence(function);
        phase.end("first-answer");
        new PresenceQuery(graph).presence(function);
        phase.end("planned-answer");
        graph.close();
        phase.end("shutdown");

        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long gc = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        System.out.printf("jit-total %d%n", jit.getTotalCompilationTime());
        System.out.printf("gc-total %d%n", gc);
        System.out.printf("done-at %d%n", System.currentTimeMillis());
    }

    /** Times consecutive phases and counts the classes each one loads. */
    private static final class Phase {

        private long start = System.nanoTime();
        private long classes = CLASSES.getTotalLoadedClassCount();

        void end(String name) {
            long now = System.nanoTime();
            long loaded = CLASSES.getTotalLoadedClassCount();
            System.out.printf("%s %d %d%n", name, Math.round((now - start) / 1e6), loaded - classes);
            start = now;
            classes = loaded;
        }
    }
}
