package org.marsad.extract;

import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;

/**
 * Words next to which a number is a death toll ({@code killing-words.txt}), words of the wounded that take a
 * number away from it ({@code injury-words.tsv}), and nouns of one person that tell a toll of one after a
 * killing word ({@code single-victims.txt}), and words that make the number before them a measure
 * ({@code measure-words.txt}); all analyst-editable.
 */
final class KillingWords {

    private static final Set<String> WORDS = ClauseWords.wordList("killing-words.txt");
    private static final Set<String> INJURY_BEFORE = new HashSet<>();
    private static final Set<String> INJURY_AFTER = new HashSet<>();

    static {
        for (LexiconFile.Row row : LexiconFile.read(KillingWords.class, "injury-words.tsv", 2)) {
            switch (row.cell(1)) {
                case "before" -> INJURY_BEFORE.add(ArabicNormalizer.key(row.cell(0)));
                case "after" -> INJURY_AFTER.add(ArabicNormalizer.key(row.cell(0)));
                default -> throw row.error("where must be 'before' or 'after', not '" + row.cell(1) + "'");
            }
        }
    }
    private static final Set<String> SINGLE = ClauseWords.wordList("single-victims.txt");
    private static final Set<String> MEASURES = ClauseWords.wordList("measure-words.txt");

    private KillingWords() {
    }

    static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }

    /** Whether a number after the word counts the wounded ({@code إصابة 7}، {@code جرح 12}). */
    static boolean isInjuryBefore(String normalizedWord) {
        return INJURY_BEFORE.contains(normalizedWord);
    }

    /** Whether a number before the word counts the wounded ({@code 12 جريحا}). */
    static boolean isInjuryAfter(String normalizedWord) {
        return INJURY_AFTER.contains(normalizedWord);
    }

    /** Whether the word is a noun of one person ({@code امرأة}، {@code طفل}، {@code عنصر}). */
    static boolean isSingleVictim(String normalizedWord) {
        return SINGLE.contains(normalizedWord);
    }

    /** Whether a number before the word is a measure, never a toll ({@code 12 يوما}، {@code 5 كيلومترات}). */
    static boolean isMeasure(String normalizedWord) {
        return MEASURES.contains(normalizedWord);
    }
}
