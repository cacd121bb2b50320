package kgraph.importer.depsurf;

final class Require {

    private Require() {
    }

    static void present(Object value, String key) {
        if (value == null) {
            throw new IllegalArgumentException("missing key '" + key + "'");
        }
    }
}
