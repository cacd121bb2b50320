package kgraph.importer.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kernel image name as DepSurf spells it: {@code {version}-{revision}-{flavor}-{arch}},
 * e.g. {@code 5.4.0-26-generic-amd64} or {@code 5.4.0-1009-aws-amd64}.
 */
public record ImageName(String name, String version, String revision, String flavor, String arch) {

    /** Ubuntu's numeric ABI revision ({@code -26}) or Debian's {@code +deb12}. */
    private static final String VERSION_AND_REVISION = "(\\d+\\.\\d+(?:\\.\\d+)?)(?:-|\\+(?=deb))([0-9][0-9A-Za-z.~]*|deb[0-9A-Za-z.~]*)";

    private static final Pattern SHAPE =
            Pattern.compile(VERSION_AND_REVISION + "-([a-z0-9][a-z0-9-]*)-([a-z0-9_]+)");

    /** Debian's generic kernels name no flavor: {@code 6.12.117+deb12-amd64}. */
    private static final Pattern WITHOUT_FLAVOR =
            Pattern.compile(VERSION_AND_REVISION + "-([a-z0-9_]+)");

    /** A kernel built outside a distribution: {@code 6.18.44-fc-v509-amd64}, {@code 6.8.0-amd64}. */
    private static final Pattern CUSTOM =
            Pattern.compile("(\\d+\\.\\d+(?:\\.\\d+)?)(?:-([A-Za-z0-9][A-Za-z0-9._+~-]*?))?-([a-z0-9_]+)");

    public static ImageName parse(String name) {
        Matcher m = SHAPE.matcher(name);
        if (m.matches()) {
            return new ImageName(name, m.group(1), m.group(2), m.group(3), m.group(4));
        }
        Matcher generic = WITHOUT_FLAVOR.matcher(name);
        if (generic.matches()) {
            return new ImageName(name, generic.group(1), generic.group(2), "generic", generic.group(3));
        }
        Matcher custom = CUSTOM.matcher(name);
        if (custom.matches()) {
            return new ImageName(name, custom.group(1), "", custom.group(2) == null ? "custom" : custom.group(2),
                    custom.group(3));
        }
        throw new IllegalArgumentException("'" + name + "' is not an image name of the form "
                + "{version}-{revision}-{flavor}-{arch}, e.g. 5.4.0-26-generic-amd64 or 6.12.117+deb12-cloud-amd64");
    }

    /** Parses the name an input gives its image; a bad one is named together with the input. */
    public static ImageName forInput(Object input, String name) {
        try {
            return parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(input + ": " + e.getMessage() + " (name the image with --name)", e);
        }
    }

    /** Major.minor, the label DepSurf uses for a version ("5.4"). */
    public String shortVersion() {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }

    /**
     * DepSurf's comparison group: Arch for non-amd64 images, Flavor for non-generic amd64
     * images, Regular for the generic amd64 series.
     */
    public ImageGroup group() {
        if (!arch.equals("amd64")) {
            return ImageGroup.ARCH;
        }
        return flavor.equals("generic") ? ImageGroup.REGULAR : ImageGroup.FLAVOR;
    }

    /** The label an image carries within its group: the version, the arch or the flavor. */
    public String groupLabel() {
        return switch (group()) {
            case REGULAR -> shortVersion();
            case ARCH -> arch;
            case FLAVOR -> flavor;
        };
    }

    /** Sortable key for the version, so that 4.10 comes after 4.8. */
    public long versionOrder() {
        String[] parts = version.split("\\.");
        long order = 0;
        for (int i = 0; i < 3; i++) {
            order = order * 1000 + (i < parts.length ? Long.parseLong(parts[i]) : 0);
        }
        return order;
    }
}
