package org.marsad.geocode.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.text.ArabicNormalizer;

/**
 * The spelling variants of a place name that news writers use and {@link ArabicNormalizer#key} does not
 * fold (hamza forms, ة/ه and ى/ي it already folds). Pure rules over keys; immutable and thread-safe.
 * <ul>
 *   <li>Compounds: a name whose first word is a compound prefix (كفر, دير, تل, عين, بيت, أبو… listed in
 *       {@code compound-prefixes.txt}) is also written without the space, and when the next word starts with
 *       the prefix's last letter that letter is written once: {@code كفر روما} → {@code كفرروما},
 *       {@code كفروما}. Conversely a one-word spelling that starts with a prefix gets the spaced form:
 *       {@code كفرزيتا} → {@code كفر زيتا}.</li>
 *   <li>Article: a one-word name is also indexed with and without the article ال ({@code الرقة} ↔ {@code رقة},
 *       {@code حيش} → {@code الحيش}); a multi-word name is left alone, because the article of an
 *       idafa construct ({@code معرة النعمان}) cannot move.</li>
 * </ul>
 */
final class NameVariants {

    static final char ALEF = ArabicNormalizer.ALEF;
    static final char LAM = '\u0644';
    private static final String ARTICLE = "" + ALEF + LAM;
    /** A prefix split off a one-word name must leave at least this many letters. */
    private static final int MIN_REST = 3;
    static final String PREFIXES_RESOURCE = "org/marsad/knowledge/places/compound-prefixes.txt";

    private final List<String> prefixes;

    NameVariants(Collection<String> prefixes) {
        List<String> keys = new ArrayList<>();
        for (String p : prefixes) {
            String k = ArabicNormalizer.key(p);
            if (k.isEmpty() || k.indexOf(' ') >= 0) {
                throw new IllegalArgumentException("a compound prefix must be one word: '" + p + "'");
            }
            keys.add(k);
        }
        this.prefixes = List.copyOf(keys);
    }

    /** The prefixes of the bundled {@code compound-prefixes.txt}. */
    static NameVariants bundled() {
        List<String> words = new ArrayList<>();
        try (TsvReader in = TsvReader.openResource(PREFIXES_RESOURCE)) {
            for (String line = in.nextLine(); line != null; line = in.nextLine()) {
                String w = line.strip();
                if (w.indexOf(' ') >= 0 || w.indexOf('\t') >= 0) {
                    throw in.error("one word per line expected: '" + line + "'");
                }
                words.add(w);
            }
        }
        return new NameVariants(words);
    }

    /** Passes every variant of {@code key} (a {@link ArabicNormalizer#key}) to {@code out}, not key itself. */
    void variants(String key, Consumer<String> out) {
        if (key.isEmpty() || !isArabicLetter(key.charAt(0))) {
            return;
        }
        int space = key.indexOf(' ');
        String first = space < 0 ? key : key.substring(0, space);
        boolean prefix = prefixes.contains(first);
        if (prefix && space > 0) {
            String rest = key.substring(space + 1);
            out.accept(first + rest);
            if (!rest.isEmpty() && rest.charAt(0) == first.charAt(first.length() - 1)) {
                out.accept(first + rest.substring(1));
            }
            return;
        }
        if (!prefix) {
            for (String p : prefixes) {
                if (first.length() - p.length() >= MIN_REST && first.startsWith(p)) {
                    out.accept(p + ' ' + key.substring(p.length()));
                }
            }
        }
        if (space < 0 && !prefix) {
            if (key.startsWith(ARTICLE)) {
                if (key.length() - ARTICLE.length() >= MIN_REST) {
                    out.accept(key.substring(ARTICLE.length()));
                }
            } else {
                out.accept(ARTICLE + key);
            }
        }
    }

    static boolean isArabicLetter(char c) {
        return c >= '\u0620' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D3' || c >= '\u0750' && c <= '\u077F';
    }
}
