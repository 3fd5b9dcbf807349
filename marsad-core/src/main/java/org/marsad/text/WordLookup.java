package org.marsad.text;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Immutable word sets and maps for looking up the words of running text, backed by hash tables that keep each
 * key's hash. Most words of a report are in none of the lexicons, and a hash table settles such a miss on the
 * stored hash; {@code Set.copyOf} and {@code Map.copyOf} compare the word with every key they probe, which
 * costs several string comparisons per word of a report for each lexicon.
 */
public final class WordLookup {

    private WordLookup() {
    }

    /** An immutable copy of {@code words}. */
    public static Set<String> setOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** An immutable copy of {@code words}. */
    public static <V> Map<String, V> mapOf(Map<String, V> words) {
        return Collections.unmodifiableMap(new HashMap<>(words));
    }
}
