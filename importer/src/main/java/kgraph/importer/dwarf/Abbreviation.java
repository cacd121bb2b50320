package kgraph.importer.dwarf;

/**
 * One entry of an abbreviation table: the tag and the (attribute, form) list every DIE using
 * its code follows. {@code fixedSize} is the byte size of all attribute values together when
 * no form varies in length, so such DIEs are skipped in one step; otherwise -1.
 */
final class Abbreviation {

    final int tag;
    final boolean hasChildren;
    final int[] attributes;
    final int[] forms;
    final long[] implicitConstants;
    final int fixedSize;

    Abbreviation(int tag, boolean hasChildren, int[] attributes, int[] forms, long[] implicitConstants,
            Encoding encoding) {
        this.tag = tag;
        this.hasChildren = hasChildren;
        this.attributes = attributes;
        this.forms = forms;
        this.implicitConstants = implicitConstants;
        this.fixedSize = totalFixedSize(forms, encoding);
    }

    private static int totalFixedSize(int[] forms, Encoding encoding) {
        int total = 0;
        for (int form : forms) {
            int size = Forms.fixedSize(form, encoding);
            if (size < 0) {
                return Forms.VARIABLE;
            }
            total += size;
        }
        return total;
    }

    void skipValues(SectionCursor in, Encoding encoding) {
        if (fixedSize >= 0) {
            in.skip(fixedSize);
            return;
        }
        for (int form : forms) {
            Forms.skip(in, form, encoding);
        }
    }
}
