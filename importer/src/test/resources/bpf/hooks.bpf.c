// One program per kind of attach point that libbpf recognises by section name.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "GPL";

__u64 hits;

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(unlink_entry, int dfd, struct filename *name)
{
	__sync_fetch_and_add(&hits, 1);
	return 0;
}

SEC("kretprobe/do_unlinkat")
int BPF_KRETPROBE(unlink_exit, long ret)
{
	__sync_fetch_and_add(&hits, 1);
	return 0;
}

SEC("kprobe/vfs_read+0x10")
int read_inside(struct pt_regs *ctx)
{
	return 0;
}

SEC("fentry/vfs_write")
int BPF_PROG(write_entry, struct file *file, const char *buf, size_t count)
{
	return 0;
}

SEC("fexit/vfs_write")
int BPF_PROG(write_exit, struct file *file, const char *buf, size_t count, loff_t *pos, ssize_t ret)
{
	return 0;
}

SEC("fentry.s/do_sys_openat2")
int BPF_PROG(openat2_sleepable)
{
	return 0;
}

SEC("fmod_ret/security_task_alloc")
int BPF_PROG(task_alloc_ret)
{
	return 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(exec_btf, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	return 0;
}

SEC("raw_tp/sched_wakeup")
int raw_wakeup(struct bpf_raw_tracepoint_args *ctx)
{
	return 0;
}

SEC("raw_tracepoint.w/sched_waking")
int raw_waking_writable(struct bpf_raw_tracepoint_args *ctx)
{
	return 0;
}

SEC("tracepoint/syscalls/sys_enter_openat")
int enter_openat(struct trace_event_raw_sys_enter *ctx)
{
	return 0;
}

SEC("tp/syscalls/sys_exit_openat")
int exit_openat(struct trace_event_raw_sys_exit *ctx)
{
	return 0;
}

SEC("tracepoint/sched/sched_switch")
int sched_switch(struct trace_event_raw_sched_switch *ctx)
{
	return 0;
}

SEC("lsm/file_open")
int BPF_PROG(check_open, struct file *file)
{
	return 0;
}

SEC("lsm.s/bprm_check_security")
int BPF_PROG(check_exec, struct linux_binprm *bprm)
{
	return 0;
}

SEC("ksyscall/kill")
int BPF_KSYSCALL(kill_entry, pid_t pid, int sig)
{
	return 0;
}

SEC("kretsyscall/kill")
int BPF_KRETPROBE(kill_exit, long ret)
{
	return 0;
}

SEC("kprobe.multi/tcp_v4_*")
int tcp_any(struct pt_regs *ctx)
{
	return 0;
}

SEC("uprobe//proc/self/exe:main")
int BPF_KPROBE(user_main)
{
	return 0;
}

SEC("uretprobe")
int BPF_KRETPROBE(user_return)
{
	return 0;
}

SEC("usdt")
int user_probe(struct pt_regs *ctx)
{
	return 0;
}

SEC("iter/task")
int dump_task(struct bpf_iter__task *ctx)
{
	return 0;
}

SEC("xdp")
int pass_packets(struct xdp_md *ctx)
{
	return XDP_PASS;
}

SEC("tc")
int classify(struct __sk_buff *skb)
{
	return 0;
}

SEC("cgroup/connect4")
int connect4(struct bpf_sock_addr *ctx)
{
	return 1;
}

SEC("perf_event")
int on_sample(struct bpf_perf_event_data *ctx)
{
	return 0;
}
