/* The module kvmlike_amd: no name= string, so its name comes from the file name. */
#include "kvmlike.h"

static __attribute__((noinline)) void svm_deliver_interrupt(struct kvm_vcpu *vcpu, int vector)
{
	vcpu->requests |= vector << 1;
	kvm_vcpu_kick(vcpu);
}

int svm_handle_exit(struct kvm_vcpu *vcpu)
{
	svm_deliver_interrupt(vcpu, 5);
	svm_deliver_interrupt(vcpu, 7);
	return kprint("svm %d\n", vcpu->cpu);
}

MODINFO(license, "license=GPL v2");
MODINFO(depends, "depends=kvmlike");
MODINFO(alias_cpu, "alias=cpu:type:x86,ven*fam*mod*:feature:*00C2*");
