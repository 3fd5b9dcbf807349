package org.marsad.recognize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.WordLookup;

/**
 * The words around place names: cues ({@code place-cues.tsv}: word, then the {@link PlaceCue} it signals) and
 * common words that are also the names of some hamlet somewhere ({@code place-stopwords.txt}), which are taken
 * as places only after a strong cue ({@code مدينة الباب}). Both are analyst-editable resource files; a bad row
 * is refused with its file and line.
 * Immutable; may be shared between threads.
 */
public final class PlaceWords {

    private final Map<String, PlaceCue> cues;
    private final Set<String> stopwords;

    PlaceWords(Map<String, PlaceCue> cues, Set<String> stopwords) {
        this.cues = WordLookup.mapOf(cues);
        this.stopwords = WordLookup.setOf(stopwords);
    }

    public static PlaceWords loadDefault() {
        Map<String, PlaceCue> cues = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(PlaceWords.class, "place-cues.tsv", 2)) {
            try {
                cues.put(ArabicNormalizer.key(row.cell(0)), PlaceCue.valueOf(row.cell(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue '" + row.cell(1) + "'");
            }
        }
        Set<String> stop = new HashSet<>();
        for (String w : LexiconFile.words(PlaceWords.class, "place-stopwords.txt")) {
            stop.add(ArabicNormalizer.key(w));
        }
        return new PlaceWords(cues, stop);
    }

    /** The cue a word (normalized, without proclitics) signals, or {@code null}. */
    public PlaceCue cue(String word) {
        return cues.get(word);
    }

    public boolean isStopword(String key) {
        return stopwords.contains(key);
    }
}
