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

    public static String unresolved(String image, String callerReference) {
        return image + "/?" + callerReference;
    }
}
