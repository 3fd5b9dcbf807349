package org.marsad.store.search;

import java.util.Objects;
import org.marsad.search.Snippet;
import org.marsad.store.StoredReport;

/**
 * A stored report that matches a full-text search.
 *
 * @param report  the report as stored (its id, title, publisher, URL, hash)
 * @param score   Lucene's relevance score (BM25), comparable within one search only
 * @param snippet the passage that best matches, with the matching words marked
 */
public record ReportHit(StoredReport report, float score, Snippet snippet) {

    public ReportHit {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(snippet, "snippet");
    }
}
