package org.marsad.store.ingest;

import java.util.Objects;
import org.marsad.ingest.IngestSummary;

/**
 * What one ingest did.
 *
 * @param reading     what reading the inputs gave (inputs, reports, skips)
 * @param stored      reports stored
 * @param sameContent reports the store already held (same content hash): an earlier or interrupted run's
 * @param sameUrl     reports with a URL the store already held for other content
 * @param failed      reports the extractor failed on (not stored)
 */
public record IngestTally(IngestSummary reading, long stored, long sameContent, long sameUrl, long failed) {

    /** What became of one report. */
    public enum Outcome { STORED, SAME_CONTENT, SAME_URL, FAILED }

    public IngestTally {
        Objects.requireNonNull(reading, "reading");
    }

    /** One line for a person. */
    public String toLine() {
        return reading.toLine() + "; " + stored + " stored, " + sameContent + " already stored"
                + (sameUrl > 0 ? ", " + sameUrl + " with a URL already stored for other content" : "")
                + (failed > 0 ? ", " + failed + " failed" : "");
    }
}
