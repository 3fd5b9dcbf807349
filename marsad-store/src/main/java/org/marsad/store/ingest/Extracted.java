package org.marsad.store.ingest;

import org.marsad.Marsad;
import org.marsad.model.Extraction;
import org.marsad.model.Report;

/**
 * What the extractor made of one report: the extraction, or why it failed. A failure is carried to the
 * writing thread, which reports it and goes on with the next report.
 */
record Extracted(Extraction extraction, String failure) {

    static Extracted of(Marsad marsad, Report report) {
        try {
            return new Extracted(marsad.extract(report), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Extracted(null, "the extractor failed on report " + report.id() + " (" + report.origin()
                    + "): " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    boolean ok() {
        return extraction != null;
    }
}
