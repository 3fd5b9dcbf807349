package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@link NormalizedText} into words, numbers, lone proclitics and punctuation. White space is
 * dropped; every other character belongs to exactly one token. Words keep their proclitics (see
 * {@link Proclitics} for the readings without them), so names are never broken apart.
 * Stateless; may be shared between threads.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(NormalizedText text) {
        return tokenize(text.normalized());
    }

    /** Tokenizes an already normalized string; offsets are indices into it. */
    public static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        char[] chars = s.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (isWordChar(c)) {
                int j = i + 1;
                while (j < n && isWordChar(chars[j])) {
                    j++;
                }
                Token.Kind kind = j - i == 1 && Proclitics.isCliticLetter(c) && j < n && opensName(chars[j])
                        ? Token.Kind.CLITIC : Token.Kind.WORD;
                out.add(new Token(s.substring(i, j), i, j, kind));
                i = j;
            } else if (isDigit(c)) {
                int j = i + 1;
                while (j < n && (isDigit(chars[j])
                        || (isGroupSeparator(chars[j]) && j + 1 < n && isDigit(chars[j + 1])))) {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j, Token.Kind.NUMBER));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                out.add(new Token(s.substring(i, j), i, j, Token.Kind.PUNCT));
                i = j;
            }
        }
        return out;
    }

    /** Letters and the marks that live inside words; digits are separate tokens. */
    static boolean isWordChar(char c) {
        return ArabicNormalizer.isLetter(c) || (Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ',' || c == '.';
    }

    /** A quote or bracket right after a lone clitic letter: {@code ل"جيش} (the tatweel is already folded away). */
    private static boolean opensName(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[';
    }
}
