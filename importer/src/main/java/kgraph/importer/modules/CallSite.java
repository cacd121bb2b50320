package kgraph.importer.modules;

/**
 * One call or inlining of {@code callee} in a module: {@code caller} is the function whose machine
 * code holds the site, {@code callerUnit} the source of its compile unit (DepSurf's
 * {@code cu-path:function} caller string, split).
 */
public record CallSite(String callerUnit, String caller, String callee, Kind kind) {

    public enum Kind {
        CALL, TAIL_CALL, INLINED;

        public boolean isCall() {
            return this != INLINED;
        }
    }

    /** From DepSurf's caller string {@code cu-path:function}. */
    static CallSite of(String callerString, String callee, Kind kind) {
        int colon = callerString.lastIndexOf(':');
        String unit = colon < 0 ? null : callerString.substring(0, colon);
        return new CallSite(unit, callerString.substring(colon + 1), callee, kind);
    }
}
