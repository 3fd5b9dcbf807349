package org.marsad.search;

import java.util.Objects;

/**
 * One report that matches a search.
 *
 * @param reportId the report's id ({@link org.marsad.model.Report#id()})
 * @param score    Lucene's relevance score (BM25); only comparable within one search
 * @param title    the report's title, possibly empty
 * @param snippet  the passage of the text that best matches, or its opening when only the title matched
 */
public record SearchHit(String reportId, float score, String title, Snippet snippet) {

    public SearchHit {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
    }
}
