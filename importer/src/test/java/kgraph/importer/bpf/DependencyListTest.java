package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kgraph.importer.BadInputException;
import kgraph.importer.bpf.DependencyDetail.Attachment;
import kgraph.importer.bpf.DependencyDetail.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain {@code kind name} list for programs not built yet. */
class DependencyListTest {

    @TempDir
    Path dir;

    private Path list(String... lines) throws IOException {
        return Files.write(dir.resolve("deps.txt"), List.of(lines));
    }

    @Test
    void readsEachKindCommentsAndBlankLines() throws IOException {
        BpfDependencies dependencies = BpfDependencies.fromList(list(
                "# what execsnoop-to-be needs",
                "function vfs_read",
                "",
                "tracepoint sched_switch   # raw",
                "tracepoint sched/sched_process_exec",
                "syscall openat",
                "lsm file_open",
                "kfunc bpf_task_acquire",
                "struct task_struct.pid",
                "struct task_struct.se.vruntime",
                "union bpf_attr.map_type",
                "type trace_event_raw_sched_switch",
                "enum bpf_func_id.BPF_FUNC_loop",
                "iterator task",
                "variable bpf_prog_active",
                "pattern tcp_*",
                "function vfs_read"));

        assertEquals(14, dependencies.size(), dependencies::toString);
        assertEquals(List.of("vfs_read"), dependencies.ofKind(DependencyKind.FUNCTION).stream().map(BpfDependency::name).toList());
        BpfDependency exec = dependencies.find(DependencyKind.TRACEPOINT, "sched_process_exec").orElseThrow();
        assertEquals("sched", ((Attachment) exec.detail()).category());
        Field vruntime = (Field) dependencies.find(DependencyKind.STRUCT_FIELD, "task_struct.se.vruntime").orElseThrow().detail();
        assertEquals("task_struct", vruntime.type());
        assertEquals("se.vruntime", vruntime.path());
        assertEquals("union", ((Field) dependencies.find(DependencyKind.STRUCT_FIELD, "bpf_attr.map_type").orElseThrow()
                .detail()).container());
        assertTrue(dependencies.find(DependencyKind.ENUM_VALUE, "bpf_func_id.BPF_FUNC_loop").isPresent());
        assertTrue(dependencies.find(DependencyKind.FUNCTION_PATTERN, "tcp_*").isPresent());
        assertTrue(dependencies.all().stream().allMatch(d -> d.programs().isEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fucntion vfs_read         | unknown dependency kind 'fucntion'
            function                  | expected 'kind name', got 'function'
            function vfs_read extra   | expected 'kind name'
            struct task_struct        | expected struct TYPE.FIELD
            struct task_struct..pid   | expected struct TYPE.FIELD
            function vfs-read         | expected a function name, got 'vfs-read'
            tracepoint a/b/c          | expected tracepoint NAME or CATEGORY/NAME
            enum bpf_func_id          | expected enum ENUM.VALUE
            """)
    void badLineIsRefusedWithFileAndLineNumber(String line, String fragment) throws IOException {
        Path file = list("# ok so far", "syscall openat", line);
        BadInputException error = assertThrows(BadInputException.class, () -> BpfDependencies.fromList(file));
        assertTrue(error.getMessage().startsWith(file + ":3: "), error.getMessage());
        assertTrue(error.getMessage().contains(fragment), error.getMessage());
        assertFalse(error.getMessage().contains("\n"));
    }
}
