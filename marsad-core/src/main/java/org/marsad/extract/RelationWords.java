package org.marsad.extract;

import java.util.HashMap;
import java.util.Map;
import org.marsad.model.RelationType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.WordLookup;

/** The words that signal a relation ({@code relation-words.tsv}: word, relation type); a bad row names its line. */
final class RelationWords {

    private RelationWords() {
    }

    static Map<String, RelationType> load() {
        Map<String, RelationType> words = new HashMap<>();
        for (LexiconFile.Row row : LexiconFile.read(RelationWords.class, "relation-words.tsv", 2)) {
            try {
                words.put(ArabicNormalizer.key(row.cell(0)), RelationType.valueOf(row.cell(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown relation type '" + row.cell(1) + "'");
            }
        }
        return WordLookup.mapOf(words);
    }
}
