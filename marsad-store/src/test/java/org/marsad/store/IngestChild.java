package org.marsad.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.marsad.ingest.Ingestor;
import org.marsad.model.Extraction;
import org.marsad.store.ingest.IngestListener;
import org.marsad.store.ingest.StoreIngest;
import org.marsad.store.search.StoreSearch;
import org.marsad.store.testing.Pipeline;

/**
 * The child process of the kill test: ingests {@code INPUT...} into {@code DB} on one extraction thread,
 * keeping the search index in {@code INDEX} up to date as {@code marsad ingest} does, and prints
 * {@code stored N} after each committed report, then {@code done}.
 *
 * <p>Usage: {@code IngestChild DB INDEX INPUT...}
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) {
        List<String> inputs = Arrays.asList(args).subList(2, args.length);
        try (Store store = Store.open(args[0]); StoreSearch search = StoreSearch.open(store, Path.of(args[1]))) {
            new StoreIngest(Pipeline.marsad(), Pipeline.version(), store, 1).ingest(Ingestor.builder().build(), inputs,
                    search.andThen(new IngestListener() {
                        private int stored;

                        @Override
                        public void stored(String hash, Extraction extraction) {
                            System.out.println("stored " + ++stored);
                            System.out.flush();
                        }
                    }));
        }
        System.out.println("done");
    }
}
