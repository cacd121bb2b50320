package kgraph.importer.modules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A kernel's {@code .config} ({@code boot/config-<krel>}): {@code CONFIG_X=y|m|value}; symbols
 * written {@code # CONFIG_X is not set} are absent.
 */
public record KernelConfig(Map<String, String> values) {

    public static final KernelConfig NONE = new KernelConfig(Map.of());

    /** One symbol and its value, e.g. {@code CONFIG_KVM=m}. */
    public record Setting(String symbol, String value) {
    }

    public KernelConfig {
        values = Map.copyOf(values);
    }

    public static KernelConfig parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        text.lines().map(String::strip).filter(line -> line.startsWith("CONFIG_")).forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals), unquote(line.substring(equals + 1)));
            }
        });
        return new KernelConfig(values);
    }

    /**
     * The setting named after the module, {@code CONFIG_<NAME>} ({@code kvm_intel} gives
     * {@code CONFIG_KVM_INTEL}), when the config has it with value {@code y} or {@code m}. A module
     * does not record which symbol built it (that is in its Makefile), so this is found by name
     * only: many modules ({@code xfs} from {@code CONFIG_XFS_FS}) have none.
     */
    public Optional<Setting> forModule(String moduleName) {
        String symbol = "CONFIG_" + ModuleNames.canonical(moduleName).toUpperCase(Locale.ROOT);
        String value = values.get(symbol);
        if (value == null || !(value.equals("y") || value.equals("m"))) {
            return Optional.empty();
        }
        return Optional.of(new Setting(symbol, value));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
