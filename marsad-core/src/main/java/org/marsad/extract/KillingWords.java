package org.marsad.extract;

import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.WordLookup;

/** Words next to which a number is a death toll ({@code killing-words.txt}, analyst-editable). */
final class KillingWords {

    private static final Set<String> WORDS = load();

    private KillingWords() {
    }

    static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String w : LexiconFile.words(KillingWords.class, "killing-words.txt")) {
            words.add(ArabicNormalizer.key(w));
        }
        return WordLookup.setOf(words);
    }
}
