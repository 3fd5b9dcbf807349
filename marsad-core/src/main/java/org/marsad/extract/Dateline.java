package org.marsad.extract;

import org.marsad.model.Span;

/**
 * The dateline a wire report opens with: where it was filed and by whom ({@code أتلانتا، الولايات المتحدة
 * الأمريكية (CNN) --}، {@code بيروت (رويترز) -}). The city there is where the journalist sat, not where anything
 * happened, so its places are never an event's.
 */
final class Dateline {
    /** How far into the report the agency's parenthesis may close. */
    private static final int MAX_LENGTH = 90;
    /** How many words may name the place before the parenthesis. */
    private static final int MAX_WORDS = 6;
    /** How long the agency's name in the parenthesis may be. */
    private static final int MAX_AGENCY = 20;

    private Dateline() {
    }

    /** The dateline's span at the start of {@code text}, or {@code null} when the report opens without one. */
    static Span of(String text) {
        int open = text.indexOf('(');
        if (open <= 0 || open > MAX_LENGTH) {
            return null;
        }
        int close = text.indexOf(')', open);
        if (close < 0 || close - open > MAX_AGENCY || close > MAX_LENGTH) {
            return null;
        }
        String place = text.substring(0, open);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (Character.isLetter(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else if (Character.isWhitespace(c) || c == '\u060C' || c == ',') {
                inWord = false;
            } else {
                return null; // a sentence, a digit, a quote: not a dateline
            }
        }
        if (words == 0 || words > MAX_WORDS) {
            return null;
        }
        int k = close + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || "-\u2013\u2014".indexOf(text.charAt(k)) < 0) {
            return null;
        }
        return new Span(0, close + 1);
    }
}
