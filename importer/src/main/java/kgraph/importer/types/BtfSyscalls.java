package kgraph.importer.types;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The syscalls a BTF blob shows, by name, with number -1: BTF has no syscall table. Names come
 * from the architecture's syscall entry points ({@code __x64_sys_<name>}, {@code __arm64_sys_},
 * {@code __riscv_sys_}, {@code __s390x_sys_}), or, on architectures without such wrappers (e.g.
 * powerpc), from {@code sys_<name>}. Compat entry points ({@code __ia32_}, {@code __x32_}) are
 * left out. Syscalls defined without arguments ({@code getpid}, {@code fork}, …) usually have no
 * BTF function on x86 and arm64 and are missing.
 */
final class BtfSyscalls {

    static final List<String> WRAPPER_PREFIXES = List.of("__x64_sys_", "__arm64_sys_", "__riscv_sys_", "__s390x_sys_");
    static final String PLAIN_PREFIX = "sys_";
    static final int UNKNOWN_NUMBER = -1;

    private BtfSyscalls() {
    }

    static Map<String, Integer> of(BtfIndex index) {
        Map<String, Integer> syscalls = new TreeMap<>();
        for (String name : index.funcs.keySet()) {
            for (String prefix : WRAPPER_PREFIXES) {
                if (name.startsWith(prefix)) {
                    syscalls.put(name.substring(prefix.length()), UNKNOWN_NUMBER);
                }
            }
        }
        if (syscalls.isEmpty()) {
            for (String name : index.funcs.keySet()) {
                if (name.startsWith(PLAIN_PREFIX)) {
                    syscalls.put(name.substring(PLAIN_PREFIX.length()), UNKNOWN_NUMBER);
                }
            }
        }
        return syscalls;
    }
}
