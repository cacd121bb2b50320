package kgraph.importer.elf;

/** The e_machine numbers this package knows by name, and the names the kernel's build uses for them. */
final class ElfMachine {

    static final int EM_SPARC = 2;
    static final int EM_386 = 3;
    static final int EM_68K = 4;
    static final int EM_MIPS = 8;
    static final int EM_PARISC = 15;
    static final int EM_PPC = 20;
    static final int EM_PPC64 = 21;
    static final int EM_S390 = 22;
    static final int EM_ARM = 40;
    static final int EM_SH = 42;
    static final int EM_SPARCV9 = 43;
    static final int EM_IA_64 = 50;
    static final int EM_X86_64 = 62;
    static final int EM_AARCH64 = 183;
    static final int EM_RISCV = 243;
    static final int EM_LOONGARCH = 258;
    static final int EM_ALPHA = 0x9026;

    private ElfMachine() {
    }

    static String name(int machine, boolean is64) {
        return switch (machine) {
            case EM_SPARC -> "sparc";
            case EM_386 -> "i386";
            case EM_68K -> "m68k";
            case EM_MIPS -> is64 ? "mips64" : "mips";
            case EM_PARISC -> is64 ? "parisc64" : "parisc";
            case EM_PPC -> "ppc";
            case EM_PPC64 -> "ppc64";
            case EM_S390 -> is64 ? "s390x" : "s390";
            case EM_ARM -> "arm";
            case EM_SH -> "sh";
            case EM_SPARCV9 -> "sparc64";
            case EM_IA_64 -> "ia64";
            case EM_X86_64 -> "x86_64";
            case EM_AARCH64 -> "aarch64";
            case EM_RISCV -> is64 ? "riscv64" : "riscv32";
            case EM_LOONGARCH -> is64 ? "loongarch64" : "loongarch32";
            case EM_ALPHA -> "alpha";
            default -> "machine " + machine;
        };
    }
}
