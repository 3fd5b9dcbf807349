package org.marsad.text;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Immutable word sets and maps for looking up the words of running text. Most words of a report are in none
 * of the lexicons, so these collections are built for the miss: a {@link WordFilter} rules most words out from
 * a few cached bits, and the rest go to a hash table that keeps each key's hash ({@code Set.copyOf} and
 * {@code Map.copyOf} would compare the word with every key they probe).
 */
public final class WordLookup {

    private WordLookup() {
    }

    /** An immutable copy of {@code words}. */
    public static Set<String> setOf(Collection<String> words) {
        return new FilteredSet(new HashSet<>(words));
    }

    /** An immutable copy of {@code words}. */
    public static <V> Map<String, V> mapOf(Map<String, V> words) {
        return new FilteredMap<>(new HashMap<>(words));
    }

    /**
     * Looks words up in its own hash set directly (an unmodifiable wrapper's call to it would be shared by every
     * wrapped collection of the program, and no longer inlined); hands out only unmodifiable views.
     */
    private static final class FilteredSet extends AbstractSet<String> {
        private final HashSet<String> words;
        private final WordFilter filter;

        FilteredSet(HashSet<String> words) {
            this.words = words;
            this.filter = WordFilter.of(words);
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String word && filter.mightContain(word) && words.contains(word);
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.unmodifiableSet(words).iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }

    /** Like {@link FilteredSet}, for a map. */
    private static final class FilteredMap<V> extends AbstractMap<String, V> {
        private final HashMap<String, V> words;
        private final WordFilter filter;

        FilteredMap(HashMap<String, V> words) {
            this.words = words;
            this.filter = WordFilter.of(words.keySet());
        }

        @Override
        public V get(Object key) {
            return key instanceof String word && filter.mightContain(word) ? words.get(word) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String word && filter.mightContain(word) && words.containsKey(word);
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return Collections.unmodifiableMap(words).entrySet();
        }

        @Override
        public int size() {
            return words.size();
        }
    }
}
