package org.marsad.text.numbers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms a normalized Arabic word may take once its attached proclitics are set aside: the conjunctions
 * و and ف, then the prepositions ب, ل and ك (ل before the article drops its alef: للعشرات = ل + العشرات).
 * The word itself always comes first, so a lexicon entry that starts with one of these letters (بضعة,
 * واحد) matches before any stripped form. Stripped forms shorter than two letters are not offered.
 */
public final class Proclitics {

    public static final char WAW = '\u0648';
    public static final char FEH = '\u0641';
    public static final char BEH = '\u0628';
    public static final char LAM = '\u0644';
    public static final char KAF = '\u0643';
    public static final char ALEF = '\u0627';

    private Proclitics() {
    }

    private static boolean isProcliticLetter(char c) {
        return c == WAW || c == FEH || c == BEH || c == LAM || c == KAF;
    }

    /** Whether the word starts with a conjunction و/ف that may be set aside (leaving at least two letters). */
    public static boolean hasConjunction(String word) {
        return word.length() > 2 && (word.charAt(0) == WAW || word.charAt(0) == FEH);
    }

    /**
     * Every word whose {@link #forms(String, boolean) forms} (prepositions included) take in one of {@code bare}:
     * each with the proclitics {@code forms} sets aside put back on (و/ف, then ب/ل/ك, or لل for an article).
     * A lexicon's first words written out this way tell with one lookup of a word itself whether any of its
     * forms opens an entry, without working the forms out.
     */
    public static Set<String> writtenForms(Collection<String> bare) {
        Set<String> out = new HashSet<>();
        String[] conjunctions = {"", String.valueOf(WAW), String.valueOf(FEH)};
        for (String word : bare) {
            List<String> bodies = new ArrayList<>(List.of(word, BEH + word, LAM + word, KAF + word));
            if (word.length() > 1 && word.charAt(0) == ALEF && word.charAt(1) == LAM) {
                bodies.add(LAM + word.substring(1)); // لل: ل + ال with the alef dropped
            }
            for (String conjunction : conjunctions) {
                for (String body : bodies) {
                    String written = conjunction + body;
                    if (forms(written, true).contains(word)) {
                        out.add(written);
                    }
                }
            }
        }
        return out;
    }

    /** The word, then the word without و/ف, then each of those without ب/ل/ك (when {@code prepositions}). */
    public static List<String> forms(String word, boolean prepositions) {
        if (word.isEmpty() || !isProcliticLetter(word.charAt(0))) {
            return List.of(word); // most words: nothing to set aside
        }
        List<String> forms = new ArrayList<>(4);
        forms.add(word);
        if (hasConjunction(word)) {
            forms.add(word.substring(1));
        }
        if (prepositions) {
            int conjunctions = forms.size();
            for (int i = 0; i < conjunctions; i++) {
                String f = forms.get(i);
                if (f.length() > 3 && f.charAt(0) == LAM && f.charAt(1) == LAM) {
                    forms.add(ALEF + f.substring(1));
                } else if (f.length() > 2 && (f.charAt(0) == BEH || f.charAt(0) == LAM || f.charAt(0) == KAF)) {
                    forms.add(f.substring(1));
                }
            }
        }
        return forms;
    }
}
