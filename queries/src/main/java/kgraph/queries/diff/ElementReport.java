package kgraph.queries.diff;

import java.util.List;
import kgraph.queries.FunctionReport.GroupDifferences;
import kgraph.queries.PresenceRow;

/**
 * What DepSurf's page for a struct, union, enum, tracepoint or LSM hook shows: for every imported
 * image, whether it is there and its shape (fields, values, event struct and handler, prototype),
 * then the differences between the images DepSurf pairs.
 */
public record ElementReport(String kind, String name, List<ElementSection> images,
                            List<GroupDifferences> differences) {

    /**
     * One image's part: the shape of the element's kind that applies, the others null;
     * {@code known} is false when the image was imported without facts of this kind at all.
     */
    public record ElementSection(PresenceRow presence, boolean known, StructShape struct, EnumShape enumShape,
                                 TracepointShape tracepoint, Signature prototype) {
    }
}
