package org.marsad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/** Words next to which a number is a death toll ({@code killing-words.txt}, analyst-editable). */
final class KillingWords {

    private static final String RESOURCE = "killing-words.txt";
    private static final Set<String> WORDS = load();

    private KillingWords() {
    }

    static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = KillingWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String w : line.split("\\s+")) {
                        if (!w.isBlank()) {
                            words.add(ArabicNormalizer.key(w));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(words);
    }
}
