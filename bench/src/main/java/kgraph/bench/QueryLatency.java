package kgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kgraph.queries.CallGraphQuery;
import kgraph.queries.FunctionReportQuery;
import kgraph.queries.PresenceQuery;
import kgraph.queries.embedded.EmbeddedDatabase;
import kgraph.queries.embedded.EmbeddedExecutor;

/**
 * Warm, in-process latency of the lookups users run most, over many different functions:
 * {@code QueryLatency DB [FUNCTIONS]}. Prints p50 / p99 / max in milliseconds per query.
 */
public final class QueryLatency {

    private QueryLatency() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        try (EmbeddedExecutor graph = new EmbeddedExecutor(EmbeddedDatabase.openReadOnly(db))) {
            List<String> functions = sample(graph, count);
            PresenceQuery presence = new PresenceQuery(graph);
            CallGraphQuery calls = new CallGraphQuery(graph);
            FunctionReportQuery report = new FunctionReportQuery(graph);
            System.out.printf("warm in-process latency over %d functions (after one warm-up pass), ms%n",
                    functions.size());
            System.out.printf("%-22s %8s %8s %8s%n", "query", "p50", "p99", "max");
            measure("presence", functions, presence::presence);
            measure("callers (all images)", functions, f -> calls.callers(f, null, 1, CallGraphQuery.ALL_KINDS));
            measure("callers --depth 2", functions, f -> calls.callers(f, null, 2, CallGraphQuery.ALL_KINDS));
            measure("report", functions.subList(0, Math.min(500, functions.size())), report::report);
        }
    }

    /** Every n-th function name in name order, so the sample spreads over the whole kernel. */
    private static List<String> sample(EmbeddedExecutor graph, int count) {
        List<String> all = graph.runUserQuery(
                "MATCH (f:Function) WHERE EXISTS { (f)<-[:OF_FUNCTION]-() } RETURN f.name AS name ORDER BY name",
                Map.of(), false).rows().stream().map(r -> (String) r.get("name")).toList();
        List<String> picked = new ArrayList<>();
        int step = Math.max(1, all.size() / count);
        for (int i = 0; i < all.size() && picked.size() < count; i += step) {
            picked.add(all.get(i));
        }
        return picked;
    }

    private static void measure(String label, List<String> functions, Consumer<String> query) {
        functions.forEach(query);
        double[] millis = new double[functions.size()];
        for (int i = 0; i < functions.size(); i++) {
            long start = System.nanoTime();
            query.accept(functions.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%-22s %8.2f %8.2f %8.2f%n", label, millis[millis.length / 2],
                millis[(int) Math.floor(millis.length * 0.99)], millis[millis.length - 1]);
    }
}
