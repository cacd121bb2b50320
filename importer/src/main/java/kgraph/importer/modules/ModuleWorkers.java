package kgraph.importer.modules;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Extracts modules on a fixed number of threads while the caller goes on reading the package,
 * holding at most {@code byteBudget} bytes of module files at once (more only while a single file
 * is larger). Results reach the consumer one at a time, in the order they finish. The first
 * module that cannot be read stops the work unless a handler for bad modules was given.
 */
final class ModuleWorkers implements AutoCloseable {

    private final ExecutorService pool;
    private final long byteBudget;
    private final Consumer<ModuleFacts> consumer;
    private final Consumer<ModuleFormatException> onBadModule;
    private final ModuleProgress progress;
    private long bytesInFlight;
    private int running;
    private int done;
    private ModuleCounts counts = new ModuleCounts(0, 0, 0, 0, 0, 0, 0);
    private RuntimeException failure;

    ModuleWorkers(int threads, long byteBudget, Consumer<ModuleFacts> consumer,
                  Consumer<ModuleFormatException> onBadModule, ModuleProgress progress) {
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "module-reader");
            thread.setDaemon(true);
            return thread;
        });
        this.byteBudget = byteBudget;
        this.consumer = consumer;
        this.onBadModule = onBadModule;
        this.progress = progress;
    }

    /** Waits until {@code bytes} more fit in the budget, then extracts on a worker thread. */
    void submit(String path, long bytes, Supplier<ModuleFacts> extraction) {
        synchronized (this) {
            while (failure == null && running > 0 && bytesInFlight + bytes > byteBudget) {
                awaitChange();
            }
            throwIfFailed();
            bytesInFlight += bytes;
            running++;
        }
        pool.execute(() -> {
            try {
                deliver(path, extraction.get());
            } catch (ModuleFormatException e) {
                badModule(e);
            } catch (RuntimeException | Error e) {
                fail(e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            } finally {
                synchronized (this) {
                    bytesInFlight -= bytes;
                    running--;
                    notifyAll();
                }
            }
        });
    }

    /** Extracts on the calling thread, for the few modules read after the package. */
    void runHere(String path, Supplier<ModuleFacts> extraction) {
        throwIfFailed();
        try {
            deliver(path, extraction.get());
        } catch (ModuleFormatException e) {
            badModule(e);
        }
        throwIfFailed();
    }

    /** Waits for every submitted module; the counts so far. */
    synchronized ModuleCounts finish() {
        while (running > 0) {
            awaitChange();
        }
        throwIfFailed();
        return counts;
    }

    private synchronized void deliver(String path, ModuleFacts facts) {
        if (failure != null) {
            return;
        }
        consumer.accept(facts);
        counts = ModuleCounts.add(counts, facts);
        progress.moduleRead(++done, path);
    }

    private synchronized void badModule(ModuleFormatException e) {
        if (onBadModule == null) {
            fail(e);
            return;
        }
        counts = counts.withFailure();
        onBadModule.accept(e);
    }

    private synchronized void fail(RuntimeException e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }

    synchronized void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }

    private void awaitChange() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading modules", e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
