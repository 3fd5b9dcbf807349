package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.store.StoreLocation;
import org.marsad.store.search.StoreSearch;
import picocli.CommandLine.Option;

/** {@code --index}: the folder of a store's full-text index, beside the store unless given. */
final class IndexOptions {

    @Option(names = "--index", paramLabel = "DIR",
            description = {"the store's full-text index (default: FILE.index beside a SQLite store; for PostgreSQL,",
                "DATABASE-HASH.index in the current folder, one per database URL)"})
    Path folder;

    /** The folder given, or the store's default one. */
    Path folder(StoreLocation location) {
        return folder != null ? folder.toAbsolutePath() : StoreSearch.defaultFolder(location);
    }
}
