package kgraph.importer.bpf;

import java.util.Optional;
import kgraph.importer.bpf.DependencyDetail.Attachment;

/**
 * How the text after a section's {@code type/} names an attach point, following the attach
 * formats libbpf documents for its section names (Documentation/bpf/libbpf/program_types.rst).
 */
enum Hook {
    /** The section names no attach point: xdp, tc, socket, cgroup/…, struct_ops/…, freplace/…, perf_event… */
    NONE("", false),
    KPROBE("kprobe", false),
    KRETPROBE("kretprobe", true),
    KPROBE_MULTI("kprobe.multi", false),
    KRETPROBE_MULTI("kretprobe.multi", true),
    KSYSCALL("ksyscall", false),
    KRETSYSCALL("kretsyscall", true),
    FENTRY("fentry", false),
    FEXIT("fexit", true),
    FMOD_RET("fmod_ret", true),
    TP_BTF("tp_btf", false),
    RAW_TP("raw_tp", false),
    RAW_TP_WRITABLE("raw_tp.w", false),
    TRACEPOINT("tracepoint", false),
    LSM("lsm", false),
    LSM_CGROUP("lsm_cgroup", false),
    ITER("iter", false),
    UPROBE("uprobe", false),
    URETPROBE("uretprobe", true),
    UPROBE_MULTI("uprobe.multi", false),
    URETPROBE_MULTI("uretprobe.multi", true),
    USDT("usdt", false);

    private static final String SYSCALL_ENTER = "sys_enter_";
    private static final String SYSCALL_EXIT = "sys_exit_";

    private final String attachType;
    private final boolean returnProbe;

    Hook(String attachType, boolean returnProbe) {
        this.attachType = attachType;
        this.returnProbe = returnProbe;
    }

    String attachType() {
        return attachType;
    }

    /**
     * What {@code target} (the section name after {@code type/}) attaches to; empty when this hook
     * names nothing or the section gives no target, as in {@code SEC("kprobe")} attached by hand.
     */
    Optional<Requirement> target(String target, boolean sleepable) {
        if (this == NONE || (target.isEmpty() && !isUserSpace())) {
            return Optional.empty();
        }
        Attachment attachment = Attachment.of(attachType, returnProbe, sleepable);
        return Optional.of(switch (this) {
            case KPROBE, KRETPROBE -> kprobe(target, sleepable);
            case KPROBE_MULTI, KRETPROBE_MULTI ->
                    new Requirement(DependencyKind.FUNCTION_PATTERN, target, attachment);
            case KSYSCALL, KRETSYSCALL -> new Requirement(DependencyKind.SYSCALL, target, attachment);
            case FENTRY, FEXIT, FMOD_RET -> new Requirement(DependencyKind.FUNCTION, target, attachment);
            case TP_BTF, RAW_TP, RAW_TP_WRITABLE -> new Requirement(DependencyKind.TRACEPOINT, target, attachment);
            case TRACEPOINT -> tracepoint(target, sleepable);
            case LSM, LSM_CGROUP -> new Requirement(DependencyKind.LSM_HOOK, target, attachment);
            case ITER -> new Requirement(DependencyKind.ITERATOR, target, attachment);
            case UPROBE, URETPROBE, UPROBE_MULTI, URETPROBE_MULTI, USDT ->
                    new Requirement(DependencyKind.USER_SPACE, target.isEmpty() ? attachType : target, attachment);
            case NONE -> throw new IllegalStateException();
        });
    }

    private boolean isUserSpace() {
        return this == UPROBE || this == URETPROBE || this == UPROBE_MULTI || this == URETPROBE_MULTI || this == USDT;
    }

    /** {@code F} or {@code F+OFFSET}, the offset in decimal or 0x hex. */
    private Requirement kprobe(String target, boolean sleepable) {
        int plus = target.indexOf('+');
        String function = plus < 0 ? target : target.substring(0, plus);
        long offset = plus < 0 ? 0 : parseOffset(target.substring(plus + 1));
        return new Requirement(DependencyKind.FUNCTION, function,
                new Attachment(attachType, returnProbe, sleepable, null, offset));
    }

    private static long parseOffset(String text) {
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseUnsignedLong(text.substring(2), 16)
                    : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * {@code CATEGORY/NAME}; the syscalls category's {@code sys_enter_X} and {@code sys_exit_X}
     * stand for syscall X, since which tracepoints exist there follows from the syscalls themselves.
     */
    private Requirement tracepoint(String target, boolean sleepable) {
        int slash = target.indexOf('/');
        String category = slash < 0 ? null : target.substring(0, slash);
        String name = slash < 0 ? target : target.substring(slash + 1);
        if ("syscalls".equals(category) && name.startsWith(SYSCALL_ENTER)) {
            return new Requirement(DependencyKind.SYSCALL, name.substring(SYSCALL_ENTER.length()),
                    new Attachment(attachType, false, sleepable, category, 0));
        }
        if ("syscalls".equals(category) && name.startsWith(SYSCALL_EXIT)) {
            return new Requirement(DependencyKind.SYSCALL, name.substring(SYSCALL_EXIT.length()),
                    new Attachment(attachType, true, sleepable, category, 0));
        }
        return new Requirement(DependencyKind.TRACEPOINT, name, new Attachment(attachType, false, sleepable, category, 0));
    }
}
