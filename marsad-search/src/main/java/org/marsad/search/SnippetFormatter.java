package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.marsad.model.Span;

/**
 * Turns the highlighter's best passage into a {@link Snippet}: line breaks become spaces, the ends are
 * trimmed, and matches (from the word and the name field, which may overlap) are merged into disjoint marks.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Snippet format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return new Snippet("", List.of());
        }
        Passage p = passages[0];
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        while (start < end && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        String text = content.substring(start, end).replace('\n', ' ').replace('\r', ' ');
        List<Span> marks = new ArrayList<>();
        int[] starts = p.getMatchStarts();
        int[] ends = p.getMatchEnds();
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
            int s = Math.max(starts[i], start) - start;
            int e = Math.min(ends[i], end) - start;
            if (s < e) {
                matches.add(new int[] {s, e});
            }
        }
        matches.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int[] m : matches) {
            Span last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
            if (last != null && m[0] <= last.end()) {
                marks.set(marks.size() - 1, new Span(last.start(), Math.max(last.end(), m[1])));
            } else {
                marks.add(new Span(m[0], m[1]));
            }
        }
        return new Snippet(text, marks);
    }
}
