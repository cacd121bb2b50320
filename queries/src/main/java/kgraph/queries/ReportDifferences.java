package kgraph.queries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kgraph.queries.FunctionReport.GroupDifferences;
import kgraph.queries.FunctionReport.PairDifference;
import kgraph.queries.diff.Change;
import kgraph.queries.diff.FunctionDiff;
import kgraph.queries.diff.Signature;

/**
 * Pairs images the way DepSurf's pages do and compares the function's prototype (or any
 * element's shape) in each pair:
 * Regular images one version to the next, Arch and Flavor images against the Regular image of
 * the same version, or, where there is none (say, two Debian cloud kernels), against the
 * previous version of the same arch and flavor. A group is shown when any of its images has a
 * prototype; a pair when both do.
 */
public final class ReportDifferences {

    private ReportDifferences() {
    }

    static List<GroupDifferences> of(List<PresenceRow> rows, Map<String, Signature> signatures,
                                     Map<String, ImageSummary> images) {
        return of(rows, signatures, images, FunctionDiff::changes);
    }

    /** The same pairing for any element: {@code values} by image, compared by {@code compare}. */
    public static <T> List<GroupDifferences> of(List<PresenceRow> rows, Map<String, T> signatures,
                                                Map<String, ImageSummary> images,
                                                BiFunction<T, T, List<Change>> compare) {
        Map<String, List<PresenceRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row));
        List<PresenceRow> regular = groups.getOrDefault("Regular", List.of());
        List<GroupDifferences> differences = new ArrayList<>();
        groups.forEach((group, members) -> {
            if (members.stream().noneMatch(row -> signatures.get(row.image()) != null)) {
                return;
            }
            List<PairDifference> pairs = new ArrayList<>();
            if (group.equals("Regular")) {
                for (int i = 1; i < members.size(); i++) {
                    pair(members.get(i - 1), members.get(i), signatures, pairs, compare);
                }
            } else {
                Map<String, PresenceRow> previousOfKind = new LinkedHashMap<>();
                for (PresenceRow member : members) {
                    ImageSummary image = images.get(member.image());
                    PresenceRow twin = regular.stream()
                            .filter(base -> images.get(base.image()).version().equals(image.version()))
                            .findFirst().orElse(null);
                    PresenceRow previous = previousOfKind.put(image.arch() + "/" + image.flavor(), member);
                    if (twin != null) {
                        pair(twin, member, signatures, pairs, baseLabel(group), compare);
                    } else if (previous != null) {
                        pair(previous, member, signatures, pairs, compare);
                    }
                }
            }
            differences.add(new GroupDifferences(group, pairs));
        });
        return differences;
    }

    private static <T> void pair(PresenceRow from, PresenceRow to, Map<String, T> values, List<PairDifference> pairs,
                                 BiFunction<T, T, List<Change>> compare) {
        pair(from, to, values, pairs, from.label(), compare);
    }

    private static <T> void pair(PresenceRow from, PresenceRow to, Map<String, T> values, List<PairDifference> pairs,
                                 String fromLabel, BiFunction<T, T, List<Change>> compare) {
        T old = values.get(from.image());
        T now = values.get(to.image());
        if (old != null && now != null) {
            pairs.add(new PairDifference(fromLabel, to.label(), compare.apply(old, now)));
        }
    }

    /** Against the generic amd64 image, DepSurf names it by what the group varies: its arch or its flavor. */
    private static String baseLabel(String group) {
        return group.equals("Arch") ? "amd64" : "generic";
    }
}
