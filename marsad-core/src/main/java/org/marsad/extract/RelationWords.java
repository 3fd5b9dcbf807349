package org.marsad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.marsad.model.RelationType;
import org.marsad.text.ArabicNormalizer;

/** The words that signal a relation ({@code relation-words.tsv}: word, relation type); a bad row names its line. */
final class RelationWords {

    private static final String RESOURCE = "relation-words.tsv";

    private RelationWords() {
    }

    static Map<String, RelationType> load() {
        Map<String, RelationType> words = new HashMap<>();
        try (InputStream in = RelationWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                try {
                    words.put(ArabicNormalizer.key(cols[0]), RelationType.valueOf(cols[1].strip()));
                } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(RESOURCE + ":" + n + ": expected 'word<TAB>relation type', found: "
                            + line, e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(words);
    }
}
