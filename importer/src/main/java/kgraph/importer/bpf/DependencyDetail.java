package kgraph.importer.bpf;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What else is known about one dependency. Two uses of the same dependency merge when their
 * {@link #key()} matches: for CO-RE details the relocation kinds then add up.
 */
public sealed interface DependencyDetail {

    /** What makes two uses of one dependency the same use. */
    String key();

    /** This detail with {@code other}'s (of the same key) merged in. */
    default DependencyDetail merge(DependencyDetail other) {
        return this;
    }

    /** Nothing more is known: a dependency named in a plain list. */
    record None() implements DependencyDetail {
        @Override
        public String key() {
            return "";
        }
    }

    /**
     * How a program attaches: {@code attachType} as in the section name without the sleepable
     * suffix and with aliases unified ({@code kprobe}, {@code kretprobe}, {@code fentry}, {@code fexit},
     * {@code fmod_ret}, {@code tp_btf}, {@code raw_tp}, {@code raw_tp.w}, {@code tracepoint}, {@code lsm},
     * {@code lsm_cgroup}, {@code ksyscall}, {@code kretsyscall}, {@code kprobe.multi}, {@code uprobe}…);
     * {@code returnProbe} for kretprobe, fexit, kretsyscall, sys_exit tracepoints and the like;
     * {@code category} for classic tracepoints ({@code sched}) or null; {@code offset} for
     * {@code kprobe/F+OFFSET}, otherwise 0.
     */
    record Attachment(String attachType, boolean returnProbe, boolean sleepable, String category, long offset)
            implements DependencyDetail {

        static Attachment of(String attachType, boolean returnProbe, boolean sleepable) {
            return new Attachment(attachType, returnProbe, sleepable, null, 0);
        }

        @Override
        public String key() {
            return attachType + "|" + returnProbe + "|" + sleepable + "|" + category + "|" + offset;
        }
    }

    /**
     * A struct or union member reached by CO-RE: {@code container} is {@code struct} or {@code union},
     * {@code type} its name, {@code path} the members from it ({@code se.vruntime}, {@code comm[1]};
     * anonymous members are passed through unnamed, as C spells the access), {@code fieldType} the C
     * type of the member reached, as the object's BTF declares it; {@code steps} each member on the way
     * with the type that holds it, all of which the kernel must have (empty for a plain list).
     */
    record Field(String container, String type, String path, String fieldType, List<FieldStep> steps,
                 Set<CoreRelocationKind> relocations) implements DependencyDetail {

        public Field {
            steps = List.copyOf(steps);
            relocations = relocations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(relocations));
        }

        @Override
        public String key() {
            return container + " " + type + "." + path;
        }

        @Override
        public DependencyDetail merge(DependencyDetail other) {
            return new Field(container, type, path, fieldType, steps, union(relocations, ((Field) other).relocations));
        }
    }

    /** A type CO-RE checks or measures; {@code declaration} is its C spelling: {@code struct foo}, {@code u32}. */
    record TypeUse(String declaration, Set<CoreRelocationKind> relocations) implements DependencyDetail {

        public TypeUse {
            relocations = relocations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(relocations));
        }

        @Override
        public String key() {
            return declaration;
        }

        @Override
        public DependencyDetail merge(DependencyDetail other) {
            return new TypeUse(declaration, union(relocations, ((TypeUse) other).relocations));
        }
    }

    /** An enumerator {@code value} of enum {@code enumType} (empty when anonymous) that CO-RE checks or reads. */
    record EnumValue(String enumType, String value, Set<CoreRelocationKind> relocations) implements DependencyDetail {

        public EnumValue {
            relocations = relocations.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(relocations));
        }

        @Override
        public String key() {
            return enumType + "." + value;
        }

        @Override
        public DependencyDetail merge(DependencyDetail other) {
            return new EnumValue(enumType, value, union(relocations, ((EnumValue) other).relocations));
        }
    }

    /**
     * A {@code __ksym} extern: {@code declaration} is its C declaration from the object's BTF (null
     * when the object has no BTF), {@code weak} when declared {@code __weak}, so the program loads
     * without it.
     */
    record Extern(String declaration, boolean weak) implements DependencyDetail {
        @Override
        public String key() {
            return "";
        }
    }

    private static Set<CoreRelocationKind> union(Set<CoreRelocationKind> a, Set<CoreRelocationKind> b) {
        EnumSet<CoreRelocationKind> all = EnumSet.noneOf(CoreRelocationKind.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
