package kgraph.queries.impact;

import java.util.List;

/**
 * One dependency on one target image: the verdicts (several can hold: a function can be both
 * selectively inlined and changed), what changed against the image the program runs on today,
 * and, where a function vanished or was inlined, callers present on the target to hook instead.
 */
public record ImpactRow(String kind, String name, String detail, String image, List<Verdict> verdicts,
                        List<String> changes, List<String> alternatives, List<String> programs) {

    public boolean breaking() {
        return verdicts.stream().anyMatch(Verdict::breaking);
    }
}
