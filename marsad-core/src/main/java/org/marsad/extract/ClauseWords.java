package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.WordLookup;

/**
 * The words near a token within its clause, and whether a word reads as one of a lexicon's: the small scans every
 * rule of the extraction makes around a trigger or a name.
 */
final class ClauseWords {

    private ClauseWords() {
    }

    /** Whether one of the word's readings (proclitics off) is in the lexicon; false for a number or a sign. */
    static boolean reads(Token t, Predicate<String> lexicon) {
        if (!t.isWord()) {
            return false;
        }
        for (Proclitics.Reading r : t.readings()) {
            if (lexicon.test(r.form())) {
                return true;
            }
        }
        return false;
    }

    /** Up to {@code max} words from token {@code from} on, in order, stopping at a full stop or comma. */
    static List<Token> after(List<Token> tokens, int from, int max) {
        return walk(tokens, from, 1, max);
    }

    /** Up to {@code max} words before token {@code from}, nearest first, stopping at a full stop or comma. */
    static List<Token> before(List<Token> tokens, int from, int max) {
        return walk(tokens, from - 1, -1, max);
    }

    private static List<Token> walk(List<Token> tokens, int from, int step, int max) {
        List<Token> out = new ArrayList<>(max);
        for (int k = from; k >= 0 && k < tokens.size() && out.size() < max; k += step) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                out.add(t);
            } else if (endsClause(t)) {
                break;
            }
        }
        return out;
    }

    /** A word list of the extraction's resources ({@code aircraft-words.txt}), as keys {@link #reads} compares. */
    static Set<String> wordList(String file) {
        Set<String> words = new HashSet<>();
        for (String w : LexiconFile.words(ClauseWords.class, file)) {
            words.add(ArabicNormalizer.key(w));
        }
        return WordLookup.setOf(words);
    }

    private static boolean endsClause(Token t) {
        return t.isPunct('.') || t.isPunct(',') || t.isPunct('\u060C');
    }
}
