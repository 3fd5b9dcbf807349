package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;

/**
 * Splits a normalized text into {@link Token}s in one linear pass. Letters and digits never share a token,
 * so a glued conjunction ({@code و130}) or a glued year mark ({@code 2017م}) come out as two tokens whose
 * {@link Token#gluedTo adjacency} the recognizers inspect. White space is dropped.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String normalized) {
        List<Token> tokens = new ArrayList<>(Math.max(16, normalized.length() / 5));
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n && normalized.charAt(j) >= '0' && normalized.charAt(j) <= '9') {
                    j++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, normalized.substring(i, j), i, j));
                i = j;
            } else if (ArabicNormalizer.isLetter(c)) {
                int j = i + 1;
                while (j < n && ArabicNormalizer.isLetter(normalized.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Token.Kind.WORD, normalized.substring(i, j), i, j));
                i = j;
            } else {
                int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
                tokens.add(new Token(Token.Kind.SYMBOL, normalized.substring(i, j), i, j));
                i = j;
            }
        }
        return tokens;
    }
}
