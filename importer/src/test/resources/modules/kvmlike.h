/* Just enough of a kernel's conventions for modules built without kernel headers. */
struct task;

struct kvm_vcpu {
	int cpu;
	int mode;
	struct task *task;
	long requests;
};

/* One key=value string of the module's .modinfo section, as MODULE_INFO() writes it. */
#define MODINFO(tag, text) \
	static const char __modinfo_##tag[] __attribute__((section(".modinfo"), used, aligned(1))) = text

/* The __ksymtab_<name> entry EXPORT_SYMBOL() (section __ksymtab) or EXPORT_SYMBOL_GPL() (__ksymtab_gpl) leaves. */
#define EXPORT_IN(sym, sec) \
	static const void *const __ksymtab_##sym __attribute__((section(sec), used)) = (const void *)&sym

/* Provided by vmlinux. */
int kprint(const char *fmt, ...);
void wake_up_task(struct task *t);

/* Provided by kvmlike. */
void kvm_vcpu_kick(struct kvm_vcpu *vcpu);
int kvm_vcpu_block(struct kvm_vcpu *vcpu);

static inline int vcpu_mode(const struct kvm_vcpu *vcpu)
{
	return vcpu->mode;
}
