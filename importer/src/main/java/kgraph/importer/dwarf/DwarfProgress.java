package kgraph.importer.dwarf;

/** Told after each unit of {@code .debug_info} has been read and merged, in unit order. */
@FunctionalInterface
public interface DwarfProgress {

    void unitsRead(int unitsDone, int unitsTotal, long bytesDone, long bytesTotal);
}
