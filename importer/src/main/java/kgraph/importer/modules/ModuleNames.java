package kgraph.importer.modules;

/**
 * Module names as the kernel compares them: {@code kvm-intel} and {@code kvm_intel} are one
 * module (modprobe and the loader treat '-' and '_' alike), written with '_' as {@code .modinfo}'s
 * {@code name=} and {@code /sys/module} do.
 */
public final class ModuleNames {

    private ModuleNames() {
    }

    public static String canonical(String name) {
        return name.replace('-', '_');
    }

    /** The module a file stands for: {@code kernel/arch/x86/kvm/kvm-intel.ko.xz} gives {@code kvm_intel}. */
    public static String fromPath(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        int ko = file.lastIndexOf(".ko");
        return canonical(ko < 0 ? file : file.substring(0, ko));
    }
}
