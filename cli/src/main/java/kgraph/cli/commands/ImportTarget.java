package kgraph.cli.commands;

import java.util.List;
import kgraph.cli.DbOptions;
import kgraph.importer.ImageSource;
import kgraph.importer.ImportListener;
import kgraph.importer.ImportSummary;
import kgraph.importer.neo4j.GraphImport;
import kgraph.queries.api.GraphExecutor;

/** Sends an import where {@code --db} or {@code --uri} points: the embedded folder or a Neo4j server. */
final class ImportTarget {

    private ImportTarget() {
    }

    static ImportSummary run(DbOptions db, List<? extends ImageSource> sources, GraphImport.Mode mode,
                             ImportListener progress) {
        if (!db.viaServer() || mode == GraphImport.Mode.CHECK) {
            return new GraphImport(db.home(), progress).run(sources, mode);
        }
        try (GraphExecutor server = db.connect()) {
            return new GraphImport(server, progress).run(sources, mode);
        }
    }
}
