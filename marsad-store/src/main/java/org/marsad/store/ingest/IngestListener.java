package org.marsad.store.ingest;

import org.marsad.ingest.Skipped;
import org.marsad.model.Extraction;
import org.marsad.model.Report;

/**
 * Hears what an ingest does with each input and report. The calls come from the thread that reads the inputs
 * and the thread that writes to the store, one at a time ({@link StoreIngest} holds a lock around each), so a
 * listener needs no locking of its own; {@link #stored} calls come from the writing thread, in the order the
 * reports were read, each after the report's transaction committed. A progress display listens; so can
 * anything that must follow the store, such as a search index.
 */
public interface IngestListener {

    /** The report and what was extracted from it were stored under {@code hash}. */
    default void stored(String hash, Extraction extraction) {
    }

    /** The report was not stored: the store holds it already, or its extraction failed ({@code detail} says why). */
    default void notStored(Report report, IngestTally.Outcome outcome, String detail) {
    }

    /** An input, or a record of it, gave no report. */
    default void skipped(Skipped skipped) {
    }

    /** A listener that passes every call to this one, then to {@code next}. */
    default IngestListener andThen(IngestListener next) {
        IngestListener first = this;
        return new IngestListener() {
            @Override
            public void stored(String hash, Extraction extraction) {
                first.stored(hash, extraction);
                next.stored(hash, extraction);
            }

            @Override
            public void notStored(Report report, IngestTally.Outcome outcome, String detail) {
                first.notStored(report, outcome, detail);
                next.notStored(report, outcome, detail);
            }

            @Override
            public void skipped(Skipped skipped) {
                first.skipped(skipped);
                next.skipped(skipped);
            }
        };
    }
}
