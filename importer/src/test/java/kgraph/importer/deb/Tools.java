package kgraph.importer.deb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kgraph.importer.ExternalCommand;
import org.junit.jupiter.api.Assumptions;

/** Runs the system tools the tests build packages with and compare against (dpkg-deb, gcc, ar, xz). */
final class Tools {

    private Tools() {
    }

    static String run(Path workDir, String... command) {
        return new String(runForBytes(workDir, command), StandardCharsets.UTF_8);
    }

    static byte[] runForBytes(Path workDir, String... command) {
        require(command[0]);
        return ExternalCommand.run(workDir, List.of(command), false).requireSuccess(List.of(command)).out();
    }

    static List<String> lines(String output) {
        List<String> lines = new ArrayList<>(List.of(output.split("\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    private static void require(String tool) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return;
            }
        }
        Assumptions.abort(tool + " is not installed");
    }
}
