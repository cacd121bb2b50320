package kgraph.importer.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import kgraph.importer.bpf.DependencyDetail.Attachment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Section names read by the rules libbpf documents (Documentation/bpf/libbpf/program_types.rst):
 * {@code type} matches exactly, {@code type+} also as {@code type/extras}, and the extras follow
 * each type's attach format.
 */
class SectionRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            kprobe/vfs_read                       | FUNCTION         | vfs_read                  | kprobe          | false | false | -        | 0
            kprobe/vfs_read+16                    | FUNCTION         | vfs_read                  | kprobe          | false | false | -        | 16
            kprobe/tcp_v4_connect+0x1f            | FUNCTION         | tcp_v4_connect            | kprobe          | false | false | -        | 31
            kretprobe/do_unlinkat                 | FUNCTION         | do_unlinkat               | kretprobe       | true  | false | -        | 0
            fentry/vfs_write                      | FUNCTION         | vfs_write                 | fentry          | false | false | -        | 0
            fexit/vfs_write                       | FUNCTION         | vfs_write                 | fexit           | true  | false | -        | 0
            fmod_ret/security_file_open           | FUNCTION         | security_file_open        | fmod_ret        | true  | false | -        | 0
            fentry.s/do_sys_openat2               | FUNCTION         | do_sys_openat2            | fentry          | false | true  | -        | 0
            fexit.s/vfs_open                      | FUNCTION         | vfs_open                  | fexit           | true  | true  | -        | 0
            ksyscall/openat                       | SYSCALL          | openat                    | ksyscall        | false | false | -        | 0
            kretsyscall/openat                    | SYSCALL          | openat                    | kretsyscall     | true  | false | -        | 0
            kprobe.multi/tcp_*                    | FUNCTION_PATTERN | tcp_*                     | kprobe.multi    | false | false | -        | 0
            kretprobe.multi/vfs_rea?              | FUNCTION_PATTERN | vfs_rea?                  | kretprobe.multi | true  | false | -        | 0
            tp_btf/sched_switch                   | TRACEPOINT       | sched_switch              | tp_btf          | false | false | -        | 0
            raw_tp/sched_wakeup                   | TRACEPOINT       | sched_wakeup              | raw_tp          | false | false | -        | 0
            raw_tracepoint/sched_wakeup           | TRACEPOINT       | sched_wakeup              | raw_tp          | false | false | -        | 0
            raw_tp.w/sched_waking                 | TRACEPOINT       | sched_waking              | raw_tp.w        | false | false | -        | 0
            raw_tracepoint.w/sched_waking         | TRACEPOINT       | sched_waking              | raw_tp.w        | false | false | -        | 0
            tracepoint/sched/sched_switch         | TRACEPOINT       | sched_switch              | tracepoint      | false | false | sched    | 0
            tp/block/block_rq_issue               | TRACEPOINT       | block_rq_issue            | tracepoint      | false | false | block    | 0
            tracepoint/syscalls/sys_enter_openat  | SYSCALL          | openat                    | tracepoint      | false | false | syscalls | 0
            tp/syscalls/sys_exit_openat           | SYSCALL          | openat                    | tracepoint      | true  | false | syscalls | 0
            lsm/file_open                         | LSM_HOOK         | file_open                 | lsm             | false | false | -        | 0
            lsm.s/bprm_check_security             | LSM_HOOK         | bprm_check_security       | lsm             | false | true  | -        | 0
            lsm_cgroup/socket_bind                | LSM_HOOK         | socket_bind               | lsm_cgroup      | false | false | -        | 0
            iter/task                             | ITERATOR         | task                      | iter            | false | false | -        | 0
            iter.s/bpf_map                        | ITERATOR         | bpf_map                   | iter            | false | true  | -        | 0
            uprobe//usr/lib/libc.so.6:malloc      | USER_SPACE       | /usr/lib/libc.so.6:malloc | uprobe          | false | false | -        | 0
            uretprobe.s//bin/bash:readline        | USER_SPACE       | /bin/bash:readline        | uretprobe       | true  | true  | -        | 0
            usdt//usr/bin/python3:python:function__entry | USER_SPACE | /usr/bin/python3:python:function__entry | usdt | false | false | - | 0
            uprobe                                | USER_SPACE       | uprobe                    | uprobe          | false | false | -        | 0
            """)
    void targetsFollowTheDocumentedAttachFormats(String section, DependencyKind kind, String name, String attachType,
                                                 boolean returnProbe, boolean sleepable, String category, long offset) {
        Requirement requirement = SectionRules.match(section).flatMap(ProgramSection::requirement).orElseThrow();
        assertEquals(kind, requirement.kind());
        assertEquals(name, requirement.name());
        assertEquals(new Attachment(attachType, returnProbe, sleepable, category, offset), requirement.detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kprobe             | kprobe
            kretprobe          | kprobe
            fentry             | tracing
            xdp                | xdp
            xdp.frags          | xdp
            tc                 | sched_cls
            socket             | socket_filter
            perf_event         | perf_event
            cgroup/connect4    | cgroup_sock_addr
            cgroup_skb/ingress | cgroup_skb
            sk_msg             | sk_msg
            struct_ops/dctcp   | struct_ops
            freplace/handler   | ext
            syscall            | syscall
            """)
    void sectionsWithoutATargetNameNoKernelObject(String section, String programType) {
        ProgramSection matched = SectionRules.match(section).orElseThrow();
        assertEquals(programType, matched.rule().programType());
        assertEquals(Optional.empty(), matched.requirement());
    }

    @ParameterizedTest
    @CsvSource({"xdp/extra", "socket/extra", "kprobes/vfs_read", "kprobe.multiple/x", "tracepointx/a/b", ".text",
            "license", "lsmx/file_open"})
    void namesNoRuleMatchesAreNotPrograms(String section) {
        assertTrue(SectionRules.match(section).isEmpty(), section);
    }
}
