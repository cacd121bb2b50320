package kgraph.importer.model;

/** DepSurf's three ways of comparing images. */
public enum ImageGroup {
    REGULAR("Regular"),
    ARCH("Arch"),
    FLAVOR("Flavor");

    private final String label;

    ImageGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
