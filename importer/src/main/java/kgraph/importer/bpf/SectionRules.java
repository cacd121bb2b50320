package kgraph.importer.bpf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program section names libbpf 1.x recognises (its {@code section_defs} table, documented in
 * the kernel's Documentation/bpf/libbpf/program_types.rst), with the program type, the expected
 * attach type and the way each names its attach point.
 */
final class SectionRules {

    private static final List<SectionRule> RULES = new ArrayList<>();

    static {
        exact("socket", "socket_filter", null);
        exact("sk_reuseport/migrate", "sk_reuseport", "sk_reuseport_select_or_migrate");
        exact("sk_reuseport", "sk_reuseport", "sk_reuseport_select");
        hook("kprobe", "kprobe", null, false, Hook.KPROBE);
        hook("uprobe", "kprobe", null, false, Hook.UPROBE);
        hook("uprobe.s", "kprobe", null, true, Hook.UPROBE);
        hook("kretprobe", "kprobe", null, false, Hook.KRETPROBE);
        hook("uretprobe", "kprobe", null, false, Hook.URETPROBE);
        hook("uretprobe.s", "kprobe", null, true, Hook.URETPROBE);
        hook("kprobe.multi", "kprobe", "trace_kprobe_multi", false, Hook.KPROBE_MULTI);
        hook("kretprobe.multi", "kprobe", "trace_kprobe_multi", false, Hook.KRETPROBE_MULTI);
        hook("uprobe.multi", "kprobe", "trace_uprobe_multi", false, Hook.UPROBE_MULTI);
        hook("uretprobe.multi", "kprobe", "trace_uprobe_multi", false, Hook.URETPROBE_MULTI);
        hook("uprobe.multi.s", "kprobe", "trace_uprobe_multi", true, Hook.UPROBE_MULTI);
        hook("uretprobe.multi.s", "kprobe", "trace_uprobe_multi", true, Hook.URETPROBE_MULTI);
        hook("ksyscall", "kprobe", null, false, Hook.KSYSCALL);
        hook("kretsyscall", "kprobe", null, false, Hook.KRETSYSCALL);
        hook("usdt", "kprobe", null, false, Hook.USDT);
        hook("usdt.s", "kprobe", null, true, Hook.USDT);
        exact("tc/ingress", "sched_cls", "tcx_ingress");
        exact("tc/egress", "sched_cls", "tcx_egress");
        exact("tcx/ingress", "sched_cls", "tcx_ingress");
        exact("tcx/egress", "sched_cls", "tcx_egress");
        exact("tc", "sched_cls", null);
        exact("classifier", "sched_cls", null);
        exact("action", "sched_act", null);
        exact("netkit/primary", "sched_cls", "netkit_primary");
        exact("netkit/peer", "sched_cls", "netkit_peer");
        hook("tracepoint", "tracepoint", null, false, Hook.TRACEPOINT);
        hook("tp", "tracepoint", null, false, Hook.TRACEPOINT);
        hook("raw_tracepoint", "raw_tracepoint", null, false, Hook.RAW_TP);
        hook("raw_tp", "raw_tracepoint", null, false, Hook.RAW_TP);
        hook("raw_tracepoint.w", "raw_tracepoint_writable", null, false, Hook.RAW_TP_WRITABLE);
        hook("raw_tp.w", "raw_tracepoint_writable", null, false, Hook.RAW_TP_WRITABLE);
        hook("tp_btf", "tracing", "trace_raw_tp", false, Hook.TP_BTF);
        hook("fentry", "tracing", "trace_fentry", false, Hook.FENTRY);
        hook("fmod_ret", "tracing", "modify_return", false, Hook.FMOD_RET);
        hook("fexit", "tracing", "trace_fexit", false, Hook.FEXIT);
        hook("fentry.s", "tracing", "trace_fentry", true, Hook.FENTRY);
        hook("fmod_ret.s", "tracing", "modify_return", true, Hook.FMOD_RET);
        hook("fexit.s", "tracing", "trace_fexit", true, Hook.FEXIT);
        hook("freplace", "ext", null, false, Hook.NONE);
        hook("lsm", "lsm", "lsm_mac", false, Hook.LSM);
        hook("lsm.s", "lsm", "lsm_mac", true, Hook.LSM);
        hook("lsm_cgroup", "lsm", "lsm_cgroup", false, Hook.LSM_CGROUP);
        hook("iter", "tracing", "trace_iter", false, Hook.ITER);
        hook("iter.s", "tracing", "trace_iter", true, Hook.ITER);
        RULES.add(new SectionRule("syscall", false, "syscall", null, true, Hook.NONE));
        exact("xdp.frags/devmap", "xdp", "xdp_devmap");
        exact("xdp/devmap", "xdp", "xdp_devmap");
        exact("xdp.frags/cpumap", "xdp", "xdp_cpumap");
        exact("xdp/cpumap", "xdp", "xdp_cpumap");
        exact("xdp.frags", "xdp", "xdp");
        exact("xdp", "xdp", "xdp");
        exact("perf_event", "perf_event", null);
        exact("lwt_in", "lwt_in", null);
        exact("lwt_out", "lwt_out", null);
        exact("lwt_xmit", "lwt_xmit", null);
        exact("lwt_seg6local", "lwt_seg6local", null);
        exact("sockops", "sock_ops", "cgroup_sock_ops");
        exact("sk_skb/stream_parser", "sk_skb", "sk_skb_stream_parser");
        exact("sk_skb/stream_verdict", "sk_skb", "sk_skb_stream_verdict");
        exact("sk_skb/verdict", "sk_skb", "sk_skb_verdict");
        exact("sk_skb", "sk_skb", null);
        exact("sk_msg", "sk_msg", "sk_msg_verdict");
        exact("lirc_mode2", "lirc_mode2", "lirc_mode2");
        exact("flow_dissector", "flow_dissector", "flow_dissector");
        exact("cgroup_skb/ingress", "cgroup_skb", "cgroup_inet_ingress");
        exact("cgroup_skb/egress", "cgroup_skb", "cgroup_inet_egress");
        exact("cgroup/skb", "cgroup_skb", null);
        exact("cgroup/sock_create", "cgroup_sock", "cgroup_inet_sock_create");
        exact("cgroup/sock_release", "cgroup_sock", "cgroup_inet_sock_release");
        exact("cgroup/sock", "cgroup_sock", "cgroup_inet_sock_create");
        exact("cgroup/post_bind4", "cgroup_sock", "cgroup_inet4_post_bind");
        exact("cgroup/post_bind6", "cgroup_sock", "cgroup_inet6_post_bind");
        exact("cgroup/bind4", "cgroup_sock_addr", "cgroup_inet4_bind");
        exact("cgroup/bind6", "cgroup_sock_addr", "cgroup_inet6_bind");
        exact("cgroup/connect4", "cgroup_sock_addr", "cgroup_inet4_connect");
        exact("cgroup/connect6", "cgroup_sock_addr", "cgroup_inet6_connect");
        exact("cgroup/connect_unix", "cgroup_sock_addr", "cgroup_unix_connect");
        exact("cgroup/sendmsg4", "cgroup_sock_addr", "cgroup_udp4_sendmsg");
        exact("cgroup/sendmsg6", "cgroup_sock_addr", "cgroup_udp6_sendmsg");
        exact("cgroup/sendmsg_unix", "cgroup_sock_addr", "cgroup_unix_sendmsg");
        exact("cgroup/recvmsg4", "cgroup_sock_addr", "cgroup_udp4_recvmsg");
        exact("cgroup/recvmsg6", "cgroup_sock_addr", "cgroup_udp6_recvmsg");
        exact("cgroup/recvmsg_unix", "cgroup_sock_addr", "cgroup_unix_recvmsg");
        exact("cgroup/getpeername4", "cgroup_sock_addr", "cgroup_inet4_getpeername");
        exact("cgroup/getpeername6", "cgroup_sock_addr", "cgroup_inet6_getpeername");
        exact("cgroup/getpeername_unix", "cgroup_sock_addr", "cgroup_unix_getpeername");
        exact("cgroup/getsockname4", "cgroup_sock_addr", "cgroup_inet4_getsockname");
        exact("cgroup/getsockname6", "cgroup_sock_addr", "cgroup_inet6_getsockname");
        exact("cgroup/getsockname_unix", "cgroup_sock_addr", "cgroup_unix_getsockname");
        exact("cgroup/sysctl", "cgroup_sysctl", "cgroup_sysctl");
        exact("cgroup/getsockopt", "cgroup_sockopt", "cgroup_getsockopt");
        exact("cgroup/setsockopt", "cgroup_sockopt", "cgroup_setsockopt");
        exact("cgroup/dev", "cgroup_device", "cgroup_device");
        hook("struct_ops", "struct_ops", null, false, Hook.NONE);
        hook("struct_ops.s", "struct_ops", null, true, Hook.NONE);
        exact("sk_lookup", "sk_lookup", "sk_lookup");
        exact("netfilter", "netfilter", "netfilter");
    }

    private SectionRules() {
    }

    /** The first rule {@code section} matches, with the target it names, as libbpf picks one. */
    static Optional<ProgramSection> match(String section) {
        for (SectionRule rule : RULES) {
            Optional<String> target = rule.match(section);
            if (target.isPresent()) {
                return Optional.of(new ProgramSection(section, rule, target.get()));
            }
        }
        return Optional.empty();
    }

    private static void exact(String name, String programType, String attachType) {
        RULES.add(new SectionRule(name, false, programType, attachType, false, Hook.NONE));
    }

    private static void hook(String name, String programType, String attachType, boolean sleepable, Hook hook) {
        RULES.add(new SectionRule(name, true, programType, attachType, sleepable, hook));
    }
}
