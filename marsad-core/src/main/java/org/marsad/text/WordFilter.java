package org.marsad.text;

import java.util.Collection;

/**
 * A Bloom filter over a set of words (or keys of several words): says at once, from a bit table small enough
 * to stay in the processor's cache, that a word is certainly not in the set. The recognizers look every word
 * of a report up in many lexicons, the gazetteer's key index among them (a hash table of some hundred
 * thousand keys), and nearly every lookup misses: the filter answers those, and only a "maybe" (every member,
 * and about one other word in three hundred) goes on to the lexicon itself. The filter reuses the word's
 * cached {@link String#hashCode}. Immutable once built; may be shared between threads.
 */
public final class WordFilter {

    private static final int HASHES = 3;
    private static final int BITS_PER_WORD = 16;

    private final long[] bits;
    private final int mask;

    private WordFilter(int expectedWords) {
        int size = Integer.highestOneBit(Math.max(64, expectedWords * BITS_PER_WORD - 1)) << 1;
        this.bits = new long[size / Long.SIZE];
        this.mask = size - 1;
    }

    /** A filter that holds {@code words}. */
    public static WordFilter of(Collection<String> words) {
        WordFilter filter = new WordFilter(words.size());
        words.forEach(filter::add);
        return filter;
    }

    private void add(String word) {
        int h = mix(word.hashCode());
        int step = mix(h) | 1;
        for (int i = 0; i < HASHES; i++, h += step) {
            int bit = h & mask;
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False when {@code word} is certainly not in the set. */
    public boolean mightContain(String word) {
        int h = mix(word.hashCode());
        int step = mix(h) | 1;
        for (int i = 0; i < HASHES; i++, h += step) {
            int bit = h & mask;
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The finalizer of MurmurHash3: spreads the bits of {@link String#hashCode} over the whole word. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
