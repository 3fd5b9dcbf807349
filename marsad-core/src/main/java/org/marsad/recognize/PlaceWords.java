package org.marsad.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * The words around place names: cues ({@code place-cues.tsv}: word, then the {@link PlaceCue} it signals) and
 * common words that are also the names of some hamlet somewhere ({@code place-stopwords.txt}), which are taken
 * as places only after a strong cue ({@code مدينة الباب}). Both are analyst-editable resource files.
 * Immutable; may be shared between threads.
 */
public final class PlaceWords {

    private final Map<String, PlaceCue> cues;
    private final Set<String> stopwords;

    PlaceWords(Map<String, PlaceCue> cues, Set<String> stopwords) {
        this.cues = Map.copyOf(cues);
        this.stopwords = Set.copyOf(stopwords);
    }

    public static PlaceWords loadDefault() {
        Map<String, PlaceCue> cues = new HashMap<>();
        read("place-cues.tsv", (source, n, line) -> {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException(source + ":" + n + ": expected 'word<TAB>cue', found: " + line);
            }
            PlaceCue cue;
            try {
                cue = PlaceCue.valueOf(cols[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": unknown cue '" + cols[1] + "'", e);
            }
            cues.put(ArabicNormalizer.key(cols[0]), cue);
        });
        Set<String> stop = new HashSet<>();
        read("place-stopwords.txt", (source, n, line) -> {
            for (String w : line.split("[\\s،,]+")) {
                if (!w.isBlank()) {
                    stop.add(ArabicNormalizer.key(w));
                }
            }
        });
        return new PlaceWords(cues, stop);
    }

    /** The cue a word (normalized, without proclitics) signals, or {@code null}. */
    public PlaceCue cue(String word) {
        return cues.get(word);
    }

    public boolean isStopword(String key) {
        return stopwords.contains(key);
    }

    private interface LineHandler {
        void line(String source, int number, String line);
    }

    private static void read(String resource, LineHandler handler) {
        try (InputStream in = PlaceWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    handler.line(resource, n, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
