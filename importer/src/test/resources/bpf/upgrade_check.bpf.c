// Hooks and reads that really changed between Debian's 6.1 and 6.12 kernels, beside ones that
// did not: what a fleet upgrade check has to catch.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

__u64 marks;
__u64 high_water;
__u32 last_value;

// 6.12 turned the int 'state' parameter into a bool.
SEC("kprobe/ext4_mb_mark_bb")
int BPF_KPROBE(mark_bb, struct super_block *sb, ext4_fsblk_t block, int len, int state)
{
	if (state)
		__sync_fetch_and_add(&marks, len);
	return 0;
}

// Unchanged: the scheduler switch and a file open.
SEC("tp_btf/sched_switch")
int BPF_PROG(switch_seen, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u32 pid = BPF_CORE_READ(next, pid);
	return pid == 0;
}

SEC("lsm/file_open")
int BPF_PROG(open_check, struct file *file)
{
	return 0;
}

// 6.12 dropped zone.pageset_high and narrowed class_datum.value to u16.
SEC("kprobe/__zone_watermark_ok")
int BPF_KPROBE(watermark, struct zone *z)
{
	high_water = BPF_CORE_READ(z, pageset_high);
	return 0;
}

SEC("kprobe/cls_read")
int BPF_KPROBE(class_read, struct policydb *p, struct class_datum *cladatum)
{
	last_value = BPF_CORE_READ(cladatum, value);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
