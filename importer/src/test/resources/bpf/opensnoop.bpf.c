// Traces openat(2): who opened which file with which flags, how long it took and what it returned.
// Entry and exit meet in a hash map keyed by thread; complete events go to user space by ring buffer.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

#define COMM_LEN 16
#define PATH_LEN 256

const volatile pid_t only_tgid = 0;
const volatile bool only_failures = false;

struct open_call {
	const char *path;
	int flags;
	__u64 start_ns;
};

struct open_event {
	__u64 duration_ns;
	long result;
	pid_t tgid;
	pid_t parent_tgid;
	uid_t uid;
	int flags;
	char comm[COMM_LEN];
	char path[PATH_LEN];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 8192);
	__type(key, __u32);
	__type(value, struct open_call);
} calls SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} events SEC(".maps");

SEC("tracepoint/syscalls/sys_enter_openat")
int openat_entry(struct trace_event_raw_sys_enter *ctx)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pid_tgid;
	struct open_call call = {};

	if (only_tgid && (pid_tgid >> 32) != only_tgid)
		return 0;
	call.path = (const char *)ctx->args[1];
	call.flags = (int)ctx->args[2];
	call.start_ns = bpf_ktime_get_ns();
	bpf_map_update_elem(&calls, &tid, &call, BPF_ANY);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_openat")
int openat_exit(struct trace_event_raw_sys_exit *ctx)
{
	__u32 tid = (__u32)bpf_get_current_pid_tgid();
	struct open_call *call = bpf_map_lookup_elem(&calls, &tid);
	struct task_struct *task;
	struct open_event *event;
	long result;

	if (!call)
		return 0;
	result = ctx->ret;
	if (only_failures && result >= 0)
		goto done;
	event = bpf_ringbuf_reserve(&events, sizeof(*event), 0);
	if (!event)
		goto done;
	task = (struct task_struct *)bpf_get_current_task();
	event->duration_ns = bpf_ktime_get_ns() - call->start_ns;
	event->result = result;
	event->flags = call->flags;
	event->tgid = BPF_CORE_READ(task, tgid);
	event->parent_tgid = BPF_CORE_READ(task, real_parent, tgid);
	event->uid = BPF_CORE_READ(task, cred, uid.val);
	bpf_get_current_comm(event->comm, sizeof(event->comm));
	bpf_probe_read_user_str(event->path, sizeof(event->path), call->path);
	bpf_ringbuf_submit(event, 0);
done:
	bpf_map_delete_elem(&calls, &tid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
