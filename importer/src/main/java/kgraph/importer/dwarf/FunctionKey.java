package kgraph.importer.dwarf;

/**
 * What identifies one function entry: its name and, within the name, the declaration
 * location and compile unit. Both are null for an external function, whose one entry is
 * shared by every unit.
 */
record FunctionKey(String name, String loc, String file) {
}
