package kgraph.importer.elf;

/** Maps each machine's data relocation types onto {@link RelocationOp}; anything else is not applied. */
final class RelocationTypes {

    private RelocationTypes() {
    }

    /** The operation for {@code type} on {@code machine}, or null when this reader does not apply it. */
    static RelocationOp of(int machine, int type) {
        if (type == 0) {
            return RelocationOp.NONE;
        }
        return switch (machine) {
            case ElfMachine.EM_X86_64 -> switch (type) {
                case 1 -> RelocationOp.ABS64;
                case 10, 11 -> RelocationOp.ABS32;
                default -> null;
            };
            case ElfMachine.EM_AARCH64 -> switch (type) {
                case 256 -> RelocationOp.NONE;
                case 257 -> RelocationOp.ABS64;
                case 258 -> RelocationOp.ABS32;
                default -> null;
            };
            case ElfMachine.EM_PPC64 -> switch (type) {
                case 38 -> RelocationOp.ABS64;
                case 1 -> RelocationOp.ABS32;
                default -> null;
            };
            case ElfMachine.EM_PPC, ElfMachine.EM_386 -> type == 1 ? RelocationOp.ABS32 : null;
            case ElfMachine.EM_S390 -> switch (type) {
                case 22 -> RelocationOp.ABS64;
                case 4 -> RelocationOp.ABS32;
                default -> null;
            };
            case ElfMachine.EM_ARM -> type == 2 ? RelocationOp.ABS32 : null;
            case ElfMachine.EM_MIPS -> switch (type) {
                case 2 -> RelocationOp.ABS32;
                case 18 -> RelocationOp.ABS64;
                default -> null;
            };
            case ElfMachine.EM_RISCV -> riscv(type);
            default -> null;
        };
    }

    private static RelocationOp riscv(int type) {
        return switch (type) {
            case 1 -> RelocationOp.ABS32;
            case 2 -> RelocationOp.ABS64;
            case 33 -> RelocationOp.ADD8;
            case 34 -> RelocationOp.ADD16;
            case 35 -> RelocationOp.ADD32;
            case 36 -> RelocationOp.ADD64;
            case 37 -> RelocationOp.SUB8;
            case 38 -> RelocationOp.SUB16;
            case 39 -> RelocationOp.SUB32;
            case 40 -> RelocationOp.SUB64;
            case 52 -> RelocationOp.SUB6;
            case 53 -> RelocationOp.SET6;
            case 54 -> RelocationOp.SET8;
            case 55 -> RelocationOp.SET16;
            case 56 -> RelocationOp.SET32;
            default -> null;
        };
    }

    /** A readable name for error messages: the ELF name where this reader knows it, else the number. */
    static String name(int machine, int type) {
        String known = switch (machine) {
            case ElfMachine.EM_X86_64 -> switch (type) {
                case 0 -> "R_X86_64_NONE";
                case 1 -> "R_X86_64_64";
                case 2 -> "R_X86_64_PC32";
                case 4 -> "R_X86_64_PLT32";
                case 8 -> "R_X86_64_RELATIVE";
                case 10 -> "R_X86_64_32";
                case 11 -> "R_X86_64_32S";
                case 17 -> "R_X86_64_DTPOFF64";
                case 21 -> "R_X86_64_DTPOFF32";
                case 24 -> "R_X86_64_PC64";
                default -> null;
            };
            case ElfMachine.EM_AARCH64 -> switch (type) {
                case 257 -> "R_AARCH64_ABS64";
                case 258 -> "R_AARCH64_ABS32";
                case 260 -> "R_AARCH64_PREL64";
                case 261 -> "R_AARCH64_PREL32";
                default -> null;
            };
            case ElfMachine.EM_PPC64 -> switch (type) {
                case 1 -> "R_PPC64_ADDR32";
                case 38 -> "R_PPC64_ADDR64";
                case 26 -> "R_PPC64_REL32";
                case 44 -> "R_PPC64_REL64";
                default -> null;
            };
            case ElfMachine.EM_S390 -> switch (type) {
                case 4 -> "R_390_32";
                case 5 -> "R_390_PC32";
                case 22 -> "R_390_64";
                case 23 -> "R_390_PC64";
                default -> null;
            };
            case ElfMachine.EM_386 -> switch (type) {
                case 1 -> "R_386_32";
                case 2 -> "R_386_PC32";
                default -> null;
            };
            case ElfMachine.EM_ARM -> switch (type) {
                case 2 -> "R_ARM_ABS32";
                case 3 -> "R_ARM_REL32";
                default -> null;
            };
            case ElfMachine.EM_RISCV -> switch (type) {
                case 1 -> "R_RISCV_32";
                case 2 -> "R_RISCV_64";
                case 57 -> "R_RISCV_32_PCREL";
                case 60 -> "R_RISCV_SET_ULEB128";
                case 61 -> "R_RISCV_SUB_ULEB128";
                default -> null;
            };
            case ElfMachine.EM_MIPS -> switch (type) {
                case 2 -> "R_MIPS_32";
                case 18 -> "R_MIPS_64";
                default -> null;
            };
            default -> null;
        };
        return known != null ? known + " (type " + type + ")" : "type " + type;
    }
}
