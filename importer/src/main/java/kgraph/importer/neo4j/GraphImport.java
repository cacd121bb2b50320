package kgraph.importer.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kgraph.importer.ImportListener;
import kgraph.importer.ImportSummary;
import kgraph.importer.ImportSummary.ImageResult;
import kgraph.importer.ImageSource;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ModuleRows;
import kgraph.queries.Schema;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.api.KgraphDatabaseException;
import kgraph.queries.api.KgraphDatabaseException.Reason;
import kgraph.queries.api.NamedQuery;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;

/**
 * Imports kernel images into a kgraph database. A fresh embedded database is built by
 * Neo4j's offline importer in a staging folder that replaces the target only when complete;
 * an existing one, or a server reached over Bolt, gets each image in its own transaction,
 * after every image has been read once without error.
 */
public final class GraphImport {

    /** How images go in; CHECK reads and checks them and writes nothing. */
    public enum Mode { AUTO, BULK, TRANSACTIONAL, CHECK }

    private static final NamedQuery AWAIT_INDEXES = NamedQuery.load("await-indexes");

    private final Path home;
    private final GraphExecutor server;
    private final ImportListener listener;

    /** Imports into the embedded database in {@code home}, creating it when there is none. */
    public GraphImport(Path home, ImportListener listener) {
        this.home = home;
        this.server = null;
        this.listener = listener;
    }

    /** Imports through {@code server} (a Neo4j server); the caller keeps it open and closes it. */
    public GraphImport(GraphExecutor server, ImportListener listener) {
        this.home = null;
        this.server = server;
        this.listener = listener;
    }

    public ImportSummary run(List<? extends ImageSource> images, Mode mode) {
        if (mode == Mode.CHECK) {
            long start = System.nanoTime();
            return new ImportSummary("check", checkAll(images), System.nanoTime() - start);
        }
        if (server != null) {
            return intoServer(images, mode);
        }
        boolean fresh = !EmbeddedDatabase.exists(home);
        if (mode == Mode.BULK && !fresh) {
            throw new KgraphDatabaseException(Reason.REFUSED, "--bulk needs a new database, but " + home
                    + " already holds one; drop --bulk to add or replace images in it");
        }
        long start = System.nanoTime();
        boolean bulk = mode == Mode.BULK || (mode == Mode.AUTO && fresh);
        List<ImageResult> results = bulk ? bulk(images) : transactional(images);
        return new ImportSummary(bulk ? "bulk" : "transactional", results, System.nanoTime() - start);
    }

    private ImportSummary intoServer(List<? extends ImageSource> images, Mode mode) {
        if (mode == Mode.BULK) {
            throw new KgraphDatabaseException(Reason.REFUSED, "--bulk builds a local database folder; "
                    + "a Neo4j server takes images through transactions (drop --bulk)");
        }
        long start = System.nanoTime();
        checkAll(images);
        List<ImageResult> results = writeAll(images, server);
        return new ImportSummary("transactional", results, System.nanoTime() - start);
    }

    private ImageGraph read(ImageSource image) {
        long start = System.nanoTime();
        ImageGraph graph = image.read(listener);
        listener.imageRead(image.name(), graph.counts(), System.nanoTime() - start);
        return graph;
    }

    private List<ImageResult> transactional(List<? extends ImageSource> images) {
        if (images.size() == 1) {
            listener.stage("checking", 1);
            return transactional(read(images.get(0)));
        }
        checkAll(images);
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.open(home))) {
            return writeAll(images, graph);
        }
    }

    /** One image is checked by reading it once, and written from that same reading. */
    private List<ImageResult> transactional(ImageGraph image) {
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.open(home))) {
            Schema.apply(graph);
            listener.stage("writing", 1);
            return List.of(write(image, new TransactionalImageWriter(graph)));
        }
    }

    private List<ImageResult> checkAll(List<? extends ImageSource> images) {
        listener.stage("checking", images.size());
        List<ImageResult> results = new ArrayList<>();
        for (ImageSource image : images) {
            results.add(new ImageResult(image.name(), read(image).counts()));
        }
        return results;
    }

    private List<ImageResult> writeAll(List<? extends ImageSource> images, GraphExecutor graph) {
        List<ImageResult> results = new ArrayList<>();
        Schema.apply(graph);
        TransactionalImageWriter writer = new TransactionalImageWriter(graph);
        listener.stage("writing", images.size());
        for (ImageSource image : images) {
            results.add(write(read(image), writer));
        }
        return results;
    }

    private ImageResult write(ImageGraph rows, TransactionalImageWriter writer) {
        long start = System.nanoTime();
        writer.write(rows);
        listener.imageWritten(rows.image().name(), rows.counts(), System.nanoTime() - start);
        return new ImageResult(rows.image().name(), rows.counts());
    }

    private List<ImageResult> bulk(List<? extends ImageSource> images) {
        requireEmptyTarget();
        Path staging = home.resolveSibling(home.getFileName() + ".importing");
        deleteRecursively(staging);
        try {
            Path csv = Files.createDirectories(staging.resolve("csv"));
            List<ImageGraph> metadata = new ArrayList<>();
            List<ImageResult> results = new ArrayList<>();
            listener.stage("reading", images.size());
            try (CsvBulkWriter writer = new CsvBulkWriter(csv)) {
                for (ImageSource image : images) {
                    ImageGraph graph = read(image);
                    writer.write(graph);
                    metadata.add(new ImageGraph(graph.image(), List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), List.of(), ModuleRows.NONE, graph.counts()));
                    results.add(new ImageResult(image.name(), graph.counts()));
                }
                writer.close();
                listener.stage("bulk import", images.size());
                OfflineImporter.run(staging, writer.importArguments(), listener::toolOutput);
            }
            deleteRecursively(csv);
            listener.stage("indexing", images.size());
            try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.open(staging))) {
                Schema.apply(graph);
                graph.write(tx -> metadata.forEach(image -> ImageMetadataWriter.write(tx, image)));
                graph.read(AWAIT_INDEXES, Map.of());
            }
            moveIntoPlace(staging);
            return results;
        } catch (IOException e) {
            deleteRecursively(staging);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteRecursively(staging);
            throw e;
        }
    }

    private void requireEmptyTarget() {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> entries = Files.list(home)) {
            if (entries.findAny().isPresent()) {
                throw new KgraphDatabaseException(Reason.REFUSED, home + " exists and is not a kgraph database; "
                        + "choose a new folder with --db or empty this one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void moveIntoPlace(Path staging) throws IOException {
        if (Files.isDirectory(home)) {
            Files.delete(home);
        }
        Files.createDirectories(home.toAbsolutePath().getParent());
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
