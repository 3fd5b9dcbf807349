package org.marsad.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter set up for reports: the text's best passage of about {@value #PASSAGE_LENGTH}
 * characters cut at sentence ends, with matches of both the word field and its name field marked (the name
 * field is "masked" onto the stored text, which both fields index), or the text's opening when only the title
 * matched. One per search; it reads offsets from the postings, so it never re-analyzes the text.
 */
final class ReportHighlighter extends UnifiedHighlighter {

    private static final int PASSAGE_LENGTH = 180;
    private static final int MAX_ANALYZED_CHARS = 50_000;

    ReportHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(new Builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaskedFieldsFunc(field -> Set.of(field, ReportFields.names(field)))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(MAX_ANALYZED_CHARS));
    }

    /** The snippet of the text of each of {@code docIds}, in the same order. */
    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {ReportFields.TEXT}, query, docIds,
                new int[] {1});
        Object[] found = byField.get(ReportFields.TEXT);
        Snippet[] out = new Snippet[docIds.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = found[i] instanceof Snippet s ? s : new Snippet("", List.of());
        }
        return out;
    }
}
