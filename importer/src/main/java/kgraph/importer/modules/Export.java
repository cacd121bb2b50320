package kgraph.importer.modules;

/**
 * A symbol the module exports for other modules to link against ({@code EXPORT_SYMBOL}), found by
 * its {@code __ksymtab_<name>} symbol; {@code gplOnly} for {@code EXPORT_SYMBOL_GPL}, whose entry
 * sits in a section named {@code __ksymtab_gpl} (or {@code ___ksymtab_gpl+<name>} before 5.x).
 */
public record Export(String name, boolean gplOnly) {
}
