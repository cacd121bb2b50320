package kgraph.importer.deb;

import java.io.IOException;
import java.io.InputStream;

/**
 * Receives each wanted regular file of a {@code data.tar} scan. The stream ends at the end of
 * the entry and is valid only during the call; closing it is allowed and does not end the scan.
 * Reading it may throw {@link DebFormatException} when the archive turns out to be damaged.
 */
@FunctionalInterface
public interface EntryHandler {

    void handle(DataEntry entry, InputStream content) throws IOException;
}
