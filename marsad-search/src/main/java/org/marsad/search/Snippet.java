package org.marsad.search;

import java.util.List;
import java.util.Objects;
import org.marsad.model.Span;

/**
 * A passage of a report with the words that matched a query marked. The marks are spans of {@code text}
 * (sorted, never overlapping), so a caller renders them as it likes: bold in a terminal, {@code <mark>} in
 * HTML ({@link #marked(String, String)}).
 *
 * @param text  the passage, one line
 * @param marks where the query matched, as indices into {@code text}
 */
public record Snippet(String text, List<Span> marks) {

    public Snippet {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
        int last = 0;
        for (Span m : marks) {
            if (m.start() < last || m.end() > text.length()) {
                throw new IllegalArgumentException("marks must be sorted, disjoint and inside the text: " + marks);
            }
            last = m.end();
        }
    }

    /** The passage with every mark wrapped in {@code open} and {@code close}. */
    public String marked(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Span m : marks) {
            out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
