/* The module kvmlike_intel: calls into kvmlike and vmlinux. */
#include "kvmlike.h"

static __attribute__((noinline)) void vmx_deliver_interrupt(struct kvm_vcpu *vcpu, int vector)
{
	vcpu->requests |= vector;
	kvm_vcpu_kick(vcpu);
	kprint("vmx %d\n", vector);
}

/* Uses the header's static inline too, so kvmlike and kvmlike_intel each have a copy. */
int vmx_handle_exit(struct kvm_vcpu *vcpu)
{
	vmx_deliver_interrupt(vcpu, 3 + vcpu_mode(vcpu));
	return kvm_vcpu_block(vcpu);
}

MODINFO(license, "license=GPL");
MODINFO(depends, "depends=kvmlike");
MODINFO(name, "name=kvmlike_intel");
MODINFO(alias_cpu, "alias=cpu:type:x86,ven*fam*mod*:feature:*0085*");
