package kgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import kgraph.importer.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's training run keeps working as the commands change, and cleans up after itself. */
class StartupTrainingTest {

    @TempDir
    Path tmp;

    @Test
    void everyTrainingCommandRunsAndTheScratchFolderGoes() {
        Path scratch = tmp.resolve("training");
        assertEquals(0, StartupTraining.train(scratch, Samples.sample()));
        assertFalse(scratch.toFile().exists());
    }

    @Test
    void aMissingSampleCountsAsAFailure() {
        assertEquals(10, StartupTraining.train(tmp.resolve("training"), tmp.resolve("no-sample")));
    }
}
