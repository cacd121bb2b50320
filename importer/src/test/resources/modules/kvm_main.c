/* First half of the module kvmlike: defines and exports kvm_vcpu_kick. */
#include "kvmlike.h"

static __attribute__((noinline)) int helper(struct kvm_vcpu *vcpu)
{
	return kprint("main %d\n", vcpu->cpu);
}

static __attribute__((noinline)) void kick_cpu(int cpu)
{
	kprint("kick %d\n", cpu);
}

void kvm_vcpu_kick(struct kvm_vcpu *vcpu)
{
	if (vcpu_mode(vcpu) == 1)
		kick_cpu(vcpu->cpu);
	helper(vcpu);
	wake_up_task(vcpu->task);
}
EXPORT_IN(kvm_vcpu_kick, "__ksymtab_gpl");

MODINFO(license, "license=GPL");
MODINFO(depends, "depends=");
MODINFO(name, "name=kvmlike");
MODINFO(alias_devname, "alias=devname:kvmlike");
MODINFO(alias_char, "alias=char-major-10-232");
