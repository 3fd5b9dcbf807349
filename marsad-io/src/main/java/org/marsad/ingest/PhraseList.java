package org.marsad.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.marsad.text.ArabicNormalizer;

/**
 * A set of phrases read from a UTF-8 resource file, one per line, compared through
 * {@link ArabicNormalizer#key(String)}. Blank lines and lines starting with {@code #} are ignored.
 * Immutable once loaded; may be shared between threads.
 */
final class PhraseList {

    /** Boilerplate is a short widget label; a longer line is prose and is not normalized for lookup. */
    private static final int MAX_PHRASE_LENGTH = 40;

    private final Set<String> keys;

    private PhraseList(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /**
     * Loads {@code resource} (relative to this package).
     *
     * @throws IllegalStateException naming the file and line of a row that is not valid UTF-8, reduces to
     *                               nothing once normalized, or repeats an earlier row
     */
    static PhraseList load(String resource) {
        InputStream in = PhraseList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource not found next to " + PhraseList.class.getName() + ": "
                    + resource);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Set<String> keys = new HashSet<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String row = line.strip();
                if (row.isEmpty() || row.startsWith("#")) {
                    continue;
                }
                String key = ArabicNormalizer.key(row);
                if (key.isEmpty()) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": row '" + row
                            + "' is empty once normalized");
                }
                if (!keys.add(key)) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": row '" + row
                            + "' repeats an earlier row (same normalized key '" + key + "')");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": unreadable after line " + lineNumber
                    + " (is it UTF-8?)", e);
        }
        return new PhraseList(keys);
    }

    /** Whether the whole of {@code text}, stripped and normalized, is one of the phrases. */
    boolean matchesWhole(String text) {
        String row = text.strip();
        return !row.isEmpty() && row.length() <= MAX_PHRASE_LENGTH && keys.contains(ArabicNormalizer.key(row));
    }

    boolean containsKey(String normalizedKey) {
        return keys.contains(normalizedKey);
    }
}
