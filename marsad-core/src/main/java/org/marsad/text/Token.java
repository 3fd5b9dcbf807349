package org.marsad.text;

import java.util.List;
import java.util.Objects;

/**
 * A token of a {@link NormalizedText}: its normalized characters and its place in the normalized copy.
 * {@link NormalizedText#toOriginal(int, int)} turns {@code [start, end)} into original offsets.
 *
 * @param text  the normalized characters
 * @param start start index in the normalized text
 * @param end   end index (exclusive) in the normalized text
 * @param kind  what the token is
 * @param readings for a word, its {@link Proclitics#readings readings} without proclitics (the word itself
 *              first), worked out once here because every recognizer asks for them; empty for other tokens.
 *              The recognizers' per-word loops walk it by index: the JIT does not optimize away an immutable
 *              list's iterator, and those iterators were a quarter of all the extraction allocated
 */
public record Token(String text, int start, int end, Kind kind, List<Proclitics.Reading> readings) {

    /** What a token is. */
    public enum Kind {
        /** A run of letters, possibly carrying proclitics. */
        WORD,
        /** A run of digits, possibly with internal separators ({@code 1,200}, {@code 14-2-2017} is three). */
        NUMBER,
        /**
         * A lone proclitic written apart from its host, as in {@code لـ"جيش النصر"} where the tatweel and the
         * quote separate {@code ل} from the name it governs.
         */
        CLITIC,
        /** One punctuation or symbol character. */
        PUNCT
    }

    /** A token with the readings its kind calls for. */
    public Token(String text, int start, int end, Kind kind) {
        this(text, start, end, kind, kind == Kind.WORD ? Proclitics.readings(text, false) : List.of());
    }

    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        readings = List.copyOf(readings);
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("bad token bounds: start=" + start + ", end=" + end);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException(
                    "token text length " + text.length() + " does not match [" + start + ", " + end + "): " + text);
        }
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }
}
