package org.marsad.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.search.analysis.ArabicNameAnalyzer;
import org.marsad.search.analysis.ArabicWordAnalyzer;

/**
 * The fields of a report in the index. {@code title} and {@code text} are stored and analyzed as stemmed words
 * ({@link ArabicWordAnalyzer}); their shadows {@code title_names} and {@code text_names} hold the same text
 * folded but unstemmed ({@link ArabicNameAnalyzer}) for names and exact forms. All four keep offsets in their
 * postings, so that the highlighter marks matches of any of them in the stored text.
 */
final class ReportFields {

    static final String ID = "id";
    static final String HASH = "hash";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String TITLE_NAMES = "title_names";
    static final String TEXT_NAMES = "text_names";

    private ReportFields() {
    }

    /** The name field shadowing {@code base} ({@link #TITLE} or {@link #TEXT}). */
    static String names(String base) {
        return base.equals(TITLE) ? TITLE_NAMES : TEXT_NAMES;
    }

    /** Word analysis for the word fields, name analysis for the name fields. */
    static Analyzer analyzer() {
        Analyzer names = new ArabicNameAnalyzer();
        return new PerFieldAnalyzerWrapper(new ArabicWordAnalyzer(), Map.of(TITLE_NAMES, names, TEXT_NAMES, names));
    }
}
