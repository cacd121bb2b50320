// CO-RE reads, existence checks and kfunc calls: each kind of relocation the loader resolves.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

extern struct task_struct *bpf_task_acquire(struct task_struct *p) __ksym;
extern void bpf_task_release(struct task_struct *p) __ksym;
extern int bpf_missing_kfunc(void) __ksym __weak;
extern const void bpf_prog_active __ksym;

struct event {
	int pid;
	int ppid;
	unsigned int refs;
	unsigned long total_vm;
	unsigned long long vruntime;
	int state;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

static __noinline int parent_tgid(struct task_struct *task)
{
	return BPF_CORE_READ(task, real_parent, tgid);
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(on_fork, struct task_struct *parent, struct task_struct *child)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = BPF_CORE_READ(child, pid);
	e->ppid = parent_tgid(child);
	e->refs = BPF_CORE_READ(child, rcu_users.refs.counter);
	e->total_vm = BPF_CORE_READ(child, mm, total_vm);
	e->vruntime = BPF_CORE_READ(child, se.vruntime);
	if (bpf_core_field_exists(child->__state))
		e->state = BPF_CORE_READ(child, __state);
	bpf_core_read_str(e->comm, sizeof(e->comm), &child->comm);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(on_exit, struct task_struct *task)
{
	struct task_struct *held = bpf_task_acquire(task);
	if (!held)
		return 0;
	if (bpf_missing_kfunc)
		bpf_missing_kfunc();
	bpf_printk("exit %d", parent_tgid(held));
	bpf_task_release(held);
	return 0;
}

SEC("kprobe/wake_up_new_task")
int BPF_KPROBE(on_wake, struct task_struct *task)
{
	if (!bpf_core_type_exists(struct trace_event_raw_sched_switch))
		return 0;
	if (bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_get_current_task_btf))
		bpf_printk("has task btf %d", bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_get_current_task_btf));
	bpf_printk("size %d", bpf_core_field_size(task->comm));
	bpf_printk("second comm byte %d", BPF_CORE_READ(task, comm[1]));
	bpf_printk("first sibling %d", BPF_CORE_READ(task, group_leader, pid));
	return 0;
}
