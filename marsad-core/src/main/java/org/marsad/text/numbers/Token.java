package org.marsad.text.numbers;

import java.util.List;
import java.util.Objects;

/**
 * A token of a normalized text: a run of letters, a run of ASCII digits, or one other visible character.
 * Offsets are in the NORMALIZED text; map them back with {@code NormalizedText.toOriginal}.
 *
 * <p>A value (equal when kind, text and offsets are), but a class rather than a record: a word's
 * {@link #forms() forms} are worked out on first use and kept, because the recognizers ask for them at the
 * few words where a date or a count may start and around them, not at every word.
 */
public final class Token {

    public enum Kind { WORD, NUMBER, SYMBOL }

    private final Kind kind;
    private final String text;
    private final int start;
    private final int end;
    /** The forms of a word once asked for; {@code null} before. */
    private List<String> forms;

    public Token(Kind kind, String text, int start, int end) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.text = Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("token offsets do not fit its text: start=" + start + ", end=" + end
                    + ", text='" + text + "'");
        }
        this.start = start;
        this.end = end;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** Start index in the normalized text. */
    public int start() {
        return start;
    }

    /** End index (exclusive) in the normalized text. */
    public int end() {
        return end;
    }

    /**
     * For a word, its {@link Proclitics#forms forms} without proclitics, prepositions included (per-word loops
     * walk them by index, like the readings of {@code org.marsad.text.Token}); empty for other tokens.
     */
    public List<String> forms() {
        List<String> known = forms;
        if (known == null) {
            known = kind == Kind.WORD ? List.copyOf(Proclitics.forms(text, true)) : List.of();
            forms = known;
        }
        return known;
    }

    /**
     * The word's forms without proclitics, as {@link Proclitics#forms(String, boolean)} gives them: without
     * {@code prepositions}, only the word and its form without a conjunction.
     */
    public List<String> forms(boolean prepositions) {
        List<String> all = forms();
        return prepositions || all.isEmpty() ? all : all.subList(0, Proclitics.hasConjunction(text) ? 2 : 1);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && kind == t.kind && start == t.start && end == t.end && text.equals(t.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text, start, end);
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind + ", text=" + text + ", start=" + start + ", end=" + end + "]";
    }
}
