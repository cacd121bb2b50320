package kgraph.cli.commands;

import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kgraph.cli.ExitCodes;
import kgraph.cli.render.Json;
import kgraph.cli.render.Table;
import kgraph.importer.bpf.BpfDependencies;
import kgraph.importer.bpf.BpfDependency;
import kgraph.importer.bpf.BpfObject;
import kgraph.importer.bpf.DependencyDetail;
import kgraph.queries.ImageQueries;
import kgraph.queries.ImageSummary;
import kgraph.queries.api.GraphExecutor;
import kgraph.queries.impact.Dependency;
import kgraph.queries.impact.ImpactQuery;
import kgraph.queries.impact.ImpactRow;
import kgraph.queries.impact.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"What breaks in an eBPF program when the kernel changes.",
            "Reads the compiled object (program sections give the hooks: kprobe/fentry/tracepoint/",
            "lsm/ksyscall...; CO-RE relocations give the struct fields it reads; __ksym externs the",
            "kfuncs), or a plain list (--deps), and checks each dependency on every target image",
            "against the image it runs on today.",
            "Exit code 6 when anything would break, so it can gate a pipeline."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Nothing breaks.", "6:Something would break on a target (see the table).",
            "3,4,5:As for every command (database, not found, bad input)."})
public final class ImpactCommand extends QueryCommand {

    @Parameters(paramLabel = "PROGRAM", arity = "0..*", description = "Compiled eBPF objects (.bpf.o).")
    List<Path> programs = new ArrayList<>();

    @Option(names = "--deps", paramLabel = "FILE",
            description = "Dependencies as a list, one 'kind name' a line (function vfs_read, tracepoint "
                    + "sched_switch, syscall openat, lsm file_open, struct task_struct.pid, kfunc bpf_task_acquire).")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--from", paramLabel = "IMAGE", required = true, description = "The image the program runs on today.")
    String from;

    @Option(names = "--to", paramLabel = "IMAGE", required = true, split = ",",
            description = "Target images, comma-separated; each may be a glob (6.12*, *-arm64), 'all', or one of "
                    + "DepSurf's groups: 'regular', 'arch' (every non-amd64 image), 'flavor'.")
    List<String> to = new ArrayList<>();

    @Option(names = "--breaking", description = "Show only the rows that would break.")
    boolean breakingOnly;

    @Override
    int run(GraphExecutor graph, PrintWriter out) {
        if (programs.isEmpty() && lists.isEmpty()) {
            throw new IllegalArgumentException("give a compiled eBPF object (PROGRAM) or --deps FILE");
        }
        List<Dependency> dependencies = new ArrayList<>();
        for (Path program : programs) {
            BpfObject.open(program).dependencies().all().forEach(d -> dependencies.add(toQuery(d)));
        }
        for (Path list : lists) {
            BpfDependencies.fromList(list).all().forEach(d -> dependencies.add(toQuery(d)));
        }
        List<ImpactRow> rows = new ImpactQuery(graph).check(dependencies, from, targets(graph));
        boolean breaks = rows.stream().anyMatch(ImpactRow::breaking);
        List<ImpactRow> shown = breakingOnly ? rows.stream().filter(ImpactRow::breaking).toList() : rows;
        if (json()) {
            Json.print(out, shown);
        } else {
            print(out, shown, rows);
        }
        return breaks ? ExitCodes.IMPACT : ExitCodes.OK;
    }

    private void print(PrintWriter out, List<ImpactRow> shown, List<ImpactRow> all) {
        Table table = new Table("IMAGE", "KIND", "DEPENDENCY", "VERDICT", "WHAT CHANGED / CONSEQUENCE", "HOOK INSTEAD");
        for (ImpactRow row : shown) {
            String verdicts = row.verdicts().stream().map(Verdict::label).collect(Collectors.joining(", "));
            List<String> notes = new ArrayList<>(row.changes());
            row.verdicts().stream().filter(Verdict::breaking).map(Verdict::consequence).forEach(notes::add);
            table.row(row.image(), row.kind().toLowerCase().replace('_', ' '), row.name(), verdicts,
                    String.join("; ", notes), String.join(", ", row.alternatives()));
        }
        table.print(out);
        long breaking = all.stream().filter(ImpactRow::breaking).count();
        out.println(breaking == 0 ? "nothing breaks on " + targetsOf(all)
                : breaking + " of " + all.size() + " dependency checks would break");
    }

    private static String targetsOf(List<ImpactRow> rows) {
        return rows.stream().map(ImpactRow::image).distinct().collect(Collectors.joining(", "));
    }

    /** The target images, globs and 'all' resolved against what is imported; never the image of today. */
    private List<String> targets(GraphExecutor graph) {
        List<ImageSummary> summaries = new ImageQueries(graph).images();
        List<String> imported = summaries.stream().map(ImageSummary::image).toList();
        Set<String> targets = new LinkedHashSet<>();
        for (String pattern : to) {
            if (pattern.equals("all")) {
                targets.addAll(imported);
            } else if (List.of("regular", "arch", "flavor").contains(pattern)) {
                summaries.stream().filter(s -> s.group().equalsIgnoreCase(pattern)).map(ImageSummary::image)
                        .forEach(targets::add);
            } else if (pattern.contains("*") || pattern.contains("?")) {
                var matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                List<String> matched = imported.stream().filter(i -> matcher.matches(Path.of(i))).toList();
                if (matched.isEmpty()) {
                    throw new IllegalArgumentException("--to " + pattern + " matches no imported image (see kgraph images)");
                }
                targets.addAll(matched);
            } else {
                targets.add(pattern);
            }
        }
        targets.remove(from);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("--to names no image other than --from");
        }
        return List.copyOf(targets);
    }

    private static Dependency toQuery(BpfDependency d) {
        List<Dependency.FieldStep> steps = new ArrayList<>();
        String detail = null;
        String enumType = null;
        if (d.detail() instanceof DependencyDetail.Field field) {
            field.steps().forEach(s -> steps.add(new Dependency.FieldStep(s.owner(), s.member())));
            if (steps.isEmpty() && field.path() != null) {
                steps.add(new Dependency.FieldStep(field.type(), field.path().split("[.\\[]")[0]));
            }
            detail = field.fieldType();
        } else if (d.detail() instanceof DependencyDetail.TypeUse type) {
            detail = type.declaration();
        } else if (d.detail() instanceof DependencyDetail.EnumValue value) {
            enumType = value.enumType();
        } else if (d.detail() instanceof DependencyDetail.Attachment attachment) {
            detail = attachment.attachType() + (attachment.returnProbe() ? " (return)" : "");
        }
        return new Dependency(d.kind().name(), d.name(), detail, steps, enumType, List.copyOf(d.programs()));
    }
}
