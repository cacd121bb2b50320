package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kgraph.cli.render.ReportMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCommandTest {

    /** DepSurf's own page for kvm_vcpu_kick, the project's seed. */
    @Test
    void kvmVcpuKickReportStatesEverythingTheSeedPageStates() {
        String seed = page("kvm_vcpu_kick");
        Cli.Result result = Cli.run(SampleDatabase.home(), "report", "kvm_vcpu_kick");
        assertEquals(0, result.exit(), result.err());
        // The prototype comes from BTF types this dataset lacks: the report says so instead.
        String expected = seed.replace("```c\nvoid kvm_vcpu_kick(struct kvm_vcpu *vcpu);\n```",
                ReportMarkdown.PROTOTYPE_UNKNOWN);
        assertEquals(status(expected), status(result.out()));
    }

    /** Status lines of DepSurf's published pages, for a collision case and a long-lived function. */
    @ParameterizedTest
    @ValueSource(strings = {"xen_pmu_init", "vfs_rename"})
    void statusSummariesMatchDepsurfsPublishedPages(String function) {
        Cli.Result result = Cli.run(SampleDatabase.home(), "report", function);
        assertEquals(0, result.exit(), result.err());
        assertEquals(summaries(page(function)), summaries(result.out()));
    }

    @Test
    void jsonReportCarriesTheExactSymbolRange() {
        Cli.Result result = Cli.run(SampleDatabase.home(), "report", "kvm_vcpu_kick", "--json");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("\"addr\" : \"ffff8000100ba7a8\""), result.out());
        assertTrue(result.out().contains("\"end\" : \"ffff8000100ba874\""), result.out());
    }

    private static String status(String page) {
        return page.substring(page.indexOf("## Status"), page.indexOf("## Differences"));
    }

    private static List<String> summaries(String page) {
        return status(page).lines().filter(l -> l.startsWith("In <code>") || l.startsWith("<summary>")).toList();
    }

    private static String page(String name) {
        try (InputStream in = ReportCommandTest.class.getResourceAsStream("/depsurf-pages/" + name + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
