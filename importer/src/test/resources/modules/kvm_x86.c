/* Second half of the module kvmlike: its own static helper of the same name as kvm_main.c's. */
#include "kvmlike.h"

static __attribute__((noinline)) int helper(struct kvm_vcpu *vcpu)
{
	return kprint("x86 %ld\n", vcpu->requests);
}

int kvm_vcpu_block(struct kvm_vcpu *vcpu)
{
	vcpu->requests++;
	kvm_vcpu_kick(vcpu);
	return helper(vcpu) + vcpu_mode(vcpu);
}
EXPORT_IN(kvm_vcpu_block, "__ksymtab");

int kvm_arch_vcpu_run(struct kvm_vcpu *vcpu)
{
	vcpu->mode = 2;
	return kvm_vcpu_block(vcpu);
}
