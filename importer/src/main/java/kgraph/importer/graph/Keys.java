package kgraph.importer.graph;

/** The unique keys of per-image nodes; each begins with the image name so images never clash. */
public final class Keys {

    private Keys() {
    }

    public static String group(String image, String function) {
        return image + "/" + function;
    }

    public static String instance(String image, String function, int ordinal) {
        return image + "/" + function + "#" + ordinal;
    }

    public static String symbol(String image, String function, int ordinal) {
        return image + "/" + function + "@" + ordinal;
    }

    /** A type or hook: {@code 6.1.0-56-cloud-amd64/struct:task_struct}, {@code .../Tracepoint:sched_switch}. */
    public static String type(String image, String kind, String name) {
        return image + "/" + kind + ":" + name;
    }

    /** A module of an image: {@code 6.12.117+deb12-cloud-amd64/module:kvm}. */
    public static String module(String image, String module) {
        return image + "/module:" + module;
    }

    public static String unresolved(String image, String callerReference) {
        return image + "/?" + callerReference;
    }
}
