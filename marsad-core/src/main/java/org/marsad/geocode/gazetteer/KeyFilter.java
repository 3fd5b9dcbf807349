package org.marsad.geocode.gazetteer;

/**
 * A Bloom filter over the gazetteer's keys and name prefixes. Place recognition asks the gazetteer about
 * every word of a report, and most words are no place name: the filter says so from a bit table small
 * enough to stay in the processor's cache, where the key index, a hash table of some hundred thousand keys,
 * would cost a cache miss or two per word. A "maybe" (every key, and about one word in three hundred that is
 * none) goes on to the index. Immutable once built; may be shared between threads.
 */
final class KeyFilter {

    private static final int HASHES = 3;
    private static final int BITS_PER_KEY = 16;

    private final long[] words;
    private final int mask;

    /** An empty filter sized for about {@code expectedKeys} keys. */
    KeyFilter(int expectedKeys) {
        int bits = Integer.highestOneBit(Math.max(64, expectedKeys * BITS_PER_KEY - 1)) << 1;
        this.words = new long[bits / Long.SIZE];
        this.mask = bits - 1;
    }

    void add(String key) {
        int h = mix(key.hashCode());
        int step = mix(h) | 1;
        for (int i = 0; i < HASHES; i++, h += step) {
            int bit = h & mask;
            words[bit >>> 6] |= 1L << bit;
        }
    }

    /** False when {@code key} was certainly not added. */
    boolean mightContain(String key) {
        int h = mix(key.hashCode());
        int step = mix(h) | 1;
        for (int i = 0; i < HASHES; i++, h += step) {
            int bit = h & mask;
            if ((words[bit >>> 6] & (1L << bit)) == 0) {
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
