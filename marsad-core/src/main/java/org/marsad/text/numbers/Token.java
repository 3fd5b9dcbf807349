package org.marsad.text.numbers;

import java.util.Objects;

/**
 * A token of a normalized text: a run of letters, a run of ASCII digits, or one other visible character.
 * Offsets are in the NORMALIZED text; map them back with {@code NormalizedText.toOriginal}.
 */
public record Token(Kind kind, String text, int start, int end) {

    public enum Kind { WORD, NUMBER, SYMBOL }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("token offsets do not fit its text: start=" + start + ", end=" + end
                    + ", text='" + text + "'");
        }
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    /** True when {@code next} follows this token with nothing between them (e.g. {@code و} + {@code 130}). */
    public boolean gluedTo(Token next) {
        return end == next.start;
    }
}
