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

    /**
     * The tokens {@link #tokenize(String)} makes of a normalized text, worked out from the tokens the text
     * stage's {@link org.marsad.text.Tokenizer} made of the same text, without scanning it again and sharing
     * their strings. The two differ only in that here a non-spacing mark inside a word and a separator inside a
     * number ({@code 1,200}) stand alone, a lone proclitic is a word and punctuation a symbol; both drop the
     * same white space once no-break spaces are normalized to spaces.
     */
    public static List<Token> refine(List<org.marsad.text.Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size() + 8);
        for (org.marsad.text.Token t : tokens) {
            switch (t.kind()) {
                case WORD -> split(t, Token.Kind.WORD, out);
                case NUMBER -> split(t, Token.Kind.NUMBER, out);
                case CLITIC -> out.add(new Token(Token.Kind.WORD, t.text(), t.start(), t.end()));
                case PUNCT -> out.add(new Token(Token.Kind.SYMBOL, t.text(), t.start(), t.end()));
            }
        }
        return out;
    }

    /**
     * A word (letters and marks) or a number (digits and separators) as runs of letters or digits, each other
     * character a symbol of its own; the token itself when it is one run.
     */
    private static void split(org.marsad.text.Token t, Token.Kind runs, List<Token> out) {
        String s = t.text();
        int n = s.length();
        int i = 0;
        while (i < n && inRun(s.charAt(i), runs)) {
            i++;
        }
        if (i == n) {
            out.add(new Token(runs, s, t.start(), t.end()));
            return;
        }
        i = 0;
        while (i < n) {
            int j = i;
            while (j < n && inRun(s.charAt(j), runs)) {
                j++;
            }
            if (j > i) {
                out.add(new Token(runs, s.substring(i, j), t.start() + i, t.start() + j));
            } else {
                j = i + 1;
                out.add(new Token(Token.Kind.SYMBOL, s.substring(i, j), t.start() + i, t.start() + j));
            }
            i = j;
        }
    }

    private static boolean inRun(char c, Token.Kind runs) {
        return runs == Token.Kind.WORD ? ArabicNormalizer.isLetter(c) : c >= '0' && c <= '9';
    }
}
