package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Splits a report into sentences. A sentence ends at a line break, or at {@code . ! ? ؟ …} followed by white
 * space or the end, taking along closing quotes and brackets ({@code قال: "انتهى."} ends after the quote).
 * A full stop between digits ({@code 2.5}) or after a lone letter ({@code أ. ف. ب}) ends nothing. The Arabic
 * comma and semicolon separate clauses, not sentences. Spans are in the original text, trimmed of white space.
 */
public final class SentenceSplitter {

    private static final char ARABIC_QUESTION_MARK = '\u061F';
    private static final char ELLIPSIS = '\u2026';

    private SentenceSplitter() {
    }

    public static List<Span> split(String original) {
        List<Span> out = new ArrayList<>();
        char[] text = original.toCharArray();
        int n = text.length;
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                add(out, text, start, i);
                start = i + 1;
            } else if (isTerminal(c) && endsSentence(text, i)) {
                int j = i + 1;
                while (j < n && (isTerminal(text[j]) || isCloser(text[j]))) {
                    j++;
                }
                add(out, text, start, j);
                start = j;
                i = j;
                continue;
            }
            i++;
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == ARABIC_QUESTION_MARK || c == ELLIPSIS;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u00BB' || c == '\u201D' || c == '\u2019';
    }

    private static boolean endsSentence(char[] text, int i) {
        int n = text.length;
        char c = text[i];
        if (c == '.') {
            boolean digitBefore = i > 0 && Character.isDigit(text[i - 1]);
            boolean digitAfter = i + 1 < n && Character.isDigit(text[i + 1]);
            if (digitBefore && digitAfter) {
                return false;
            }
            boolean loneLetterBefore = i > 0 && Character.isLetter(text[i - 1])
                    && (i == 1 || !Character.isLetter(text[i - 2]));
            if (loneLetterBefore) {
                return false;
            }
        }
        int j = i + 1;
        while (j < n && (isTerminal(text[j]) || isCloser(text[j]))) {
            j++;
        }
        return j == n || Character.isWhitespace(text[j]);
    }

    private static void add(List<Span> out, char[] text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(text[e - 1])) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
