package kgraph.importer.dwarf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcePathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "debian/build/build_amd64_none_cloud-amd64 | init/main.c                                   | init/main.c",
        "debian/build/build_amd64_none_cloud-amd64 | include/linux/../linux/list.h                 | include/linux/list.h",
        "debian/build/build_amd64_none_cloud-amd64 | ./arch/x86/include/asm/current.h              | arch/x86/include/asm/current.h",
        "/build/src                                 | /build/src/kernel/fork.c                      | kernel/fork.c",
        "/build/src                                 | /usr/include/stdio.h                          | /usr/include/stdio.h",
        "/tmp                                       | /usr/src/linux-6.1.0/include/linux/sched.h    | include/linux/sched.h",
        "-                                          | debian/build/build_arm64_none_arm64/mm/slub.c | mm/slub.c",
        "/work                                      | ../other/a.c                                  | /other/a.c",
    })
    void normalisesLikeDepSurf(String compDir, String path, String expected) {
        assertEquals(expected, new SourcePaths(compDir).normalize(path));
    }
}
