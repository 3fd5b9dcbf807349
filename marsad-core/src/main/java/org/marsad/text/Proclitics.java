package org.marsad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The readings of an Arabic word with its proclitics taken off: conjunctions و and ف, prepositions ب ل ك,
 * the article ال and the contracted لل (ل + ال). A reading is only a candidate: the
 * caller keeps the one its lexicon knows, preferring the longest match (the word as written first).
 *
 * <p>Order and combinations follow the standard light-stemming analyses of Arabic (Larkey et al., 2007;
 * Darwish, 2002): [و|ف] [ب|ل|ك] [ال], where ل + ال is written لل. The future marker س is left out on
 * purpose: it attaches to verbs only, and taking it off nouns turns {@code سجنة} into {@code جنة}. Stripping never leaves fewer than
 * {@value #MIN_STEM} letters, so short names (حيش، مورك) are not eaten.
 */
public final class Proclitics {

    /** The shortest remainder a reading may leave. */
    public static final int MIN_STEM = 2;

    private static final char WAW = '\u0648';
    private static final char FEH = '\u0641';
    private static final char BEH = '\u0628';
    private static final char LAM = '\u0644';
    private static final char KAF = '\u0643';
    private static final char ALEF = ArabicNormalizer.ALEF;
    private static final String ARTICLE = "" + ALEF + LAM;

    private Proclitics() {
    }

    /**
     * One reading of a word.
     *
     * @param form   the word without the stripped proclitics; for a contracted لل the article is restored
     *               ({@code للهيئة} → {@code الهيئة})
     * @param prefix how many characters of the written word the proclitics take
     */
    public record Reading(String form, int prefix) {
    }

    /** True for a letter that can stand alone before a quote or tatweel as a proclitic (و ف ب ل ك). */
    public static boolean isCliticLetter(char c) {
        return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
    }

    /**
     * Every reading of {@code word} (normalized), the word itself first, then by growing prefix.
     * {@code withArticle} also yields readings without the article ال (for lexicons that store bare forms).
     */
    public static List<Reading> readings(String word, boolean withArticle) {
        if (word.isEmpty() || !isCliticLetter(word.charAt(0)) && !(withArticle && word.startsWith(ARTICLE))) {
            return List.of(new Reading(word, 0)); // most words: nothing to take off
        }
        List<Reading> out = new ArrayList<>(4);
        out.add(new Reading(word, 0));
        int n = word.length();
        int i = 0;
        // conjunction
        if (i < n && (word.charAt(i) == WAW || word.charAt(i) == FEH) && n - 1 >= MIN_STEM) {
            i++;
            out.add(new Reading(word.substring(i), i));
        }
        // preposition or future marker
        if (i < n - MIN_STEM) {
            char c = word.charAt(i);
            if (c == LAM && i + 1 < n && word.charAt(i + 1) == LAM && n - i - 1 > MIN_STEM) {
                // لل = ل + ال with the alef dropped: restore the article
                out.add(new Reading(ALEF + word.substring(i + 1), i + 1));
                addArticleLess(out, word, i + 2, withArticle);
                return out;
            }
            if (c == BEH || c == LAM || c == KAF) {
                out.add(new Reading(word.substring(i + 1), i + 1));
                i++;
            }
        }
        if (withArticle && i + 1 < n && word.charAt(i) == ALEF && word.charAt(i + 1) == LAM) {
            addArticleLess(out, word, i + 2, true);
        }
        return out;
    }

    private static void addArticleLess(List<Reading> out, String word, int from, boolean withArticle) {
        if (withArticle && word.length() - from >= MIN_STEM) {
            out.add(new Reading(word.substring(from), from));
        }
    }
}
