package org.marsad.text.numbers;

import java.util.List;
import java.util.Objects;

/**
 * A token of a normalized text: a run of letters, a run of ASCII digits, or one other visible character.
 * Offsets are in the NORMALIZED text; map them back with {@code NormalizedText.toOriginal}.
 *
 * @param forms for a word, its {@link Proclitics#forms forms} without proclitics, prepositions included,
 *              worked out once here because every lexicon of the date and number recognizers asks for them;
 *              empty for other tokens (walked by index in per-word loops, like the readings of
 *              {@code org.marsad.text.Token})
 */
public record Token(Kind kind, String text, int start, int end, List<String> forms) {

    public enum Kind { WORD, NUMBER, SYMBOL }

    /** A token with the forms its kind calls for. */
    public Token(Kind kind, String text, int start, int end) {
        this(kind, text, start, end, kind == Kind.WORD ? Proclitics.forms(text, true) : List.of());
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        forms = List.copyOf(forms);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("token offsets do not fit its text: start=" + start + ", end=" + end
                    + ", text='" + text + "'");
        }
    }

    /**
     * The word's forms without proclitics, as {@link Proclitics#forms(String, boolean)} gives them: without
     * {@code prepositions}, only the word and its form without a conjunction.
     */
    public List<String> forms(boolean prepositions) {
        return prepositions || forms.isEmpty() ? forms : forms.subList(0, Proclitics.hasConjunction(text) ? 2 : 1);
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
