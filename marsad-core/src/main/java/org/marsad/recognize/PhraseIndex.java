package org.marsad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.WordLookup;

/**
 * A dictionary of multiword names over normalized tokens, for longest-match lookup in running text.
 * The first word of a name may carry proclitics in the text ({@code وهيئة تحرير الشام}، {@code بريف إدلب});
 * the following words must stand as written, with quotes allowed between them
 * ({@code تنظيم "الدولة"}). Immutable once built; may be shared between threads.
 *
 * @param <V> what a name stands for
 */
public final class PhraseIndex<V> {

    private final Node<V> root;
    private final int size;

    private PhraseIndex(Node<V> root, int size) {
        this.root = root;
        this.size = size;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The first words of the names (normalized), which a name in running text must begin with. */
    public Set<String> firstWords() {
        return root.children == null ? Set.of() : root.children.keySet();
    }

    /** How many (name, value) pairs the index holds. */
    public int size() {
        return size;
    }

    /**
     * A name found in running text.
     *
     * @param startToken first token of the name
     * @param endToken   one past the last token of the name
     * @param prefix     characters of the first token taken by proclitics, not part of the name
     * @param values     what the name stands for, in insertion order
     */
    public record Match<V>(int startToken, int endToken, int prefix, List<V> values) {
    }

    /** The values of exactly this name (after {@link ArabicNormalizer#key}), or an empty list. */
    public List<V> get(String name) {
        Node<V> node = root;
        for (String word : words(name)) {
            node = node.children == null ? null : node.children.get(word);
            if (node == null) {
                return List.of();
            }
        }
        return node.values == null ? List.of() : node.values;
    }

    /**
     * The longest name starting at token {@code i}, trying the word as written before its readings
     * without proclitics, or {@code null}.
     */
    public Match<V> longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord()) {
            return null;
        }
        Match<V> best = null;
        List<Proclitics.Reading> readings = first.readings();
        for (int k = 0; k < readings.size(); k++) {
            Proclitics.Reading reading = readings.get(k);
            Node<V> node = root.children == null ? null : root.children.get(reading.form());
            if (node == null) {
                continue;
            }
            Match<V> m = extend(tokens, i, reading.prefix(), node);
            if (m != null && (best == null || m.endToken() > best.endToken())) {
                best = m;
            }
        }
        return best;
    }

    private Match<V> extend(List<Token> tokens, int start, int prefix, Node<V> firstNode) {
        Node<V> node = firstNode;
        Match<V> best = node.values == null ? null : new Match<>(start, start + 1, prefix, node.values);
        int j = start + 1;
        while (node.children != null && j < tokens.size()) {
            int k = j;
            while (k < tokens.size() && isInnerQuote(tokens.get(k))) {
                k++;
            }
            if (k >= tokens.size() || !tokens.get(k).isWord()) {
                break;
            }
            node = node.children.get(tokens.get(k).text());
            if (node == null) {
                break;
            }
            j = k + 1;
            if (node.values != null) {
                best = new Match<>(start, j, prefix, node.values);
            }
        }
        return best;
    }

    private static boolean isInnerQuote(Token t) {
        return t.isPunct('"') || t.isPunct('\'');
    }

    private static String[] words(String name) {
        String key = ArabicNormalizer.key(name);
        return key.isEmpty() ? new String[0] : key.split(" ");
    }

    private static final class Node<V> {
        Map<String, Node<V>> children;
        /** Immutable once the index is built. */
        List<V> values;

        void freeze() {
            if (values != null) {
                values = List.copyOf(values);
            }
            if (children != null) {
                children.values().forEach(Node::freeze);
            }
        }

        /** Freezes the tree under the root, whose children every word of a text is looked up in. */
        void freezeRoot() {
            freeze();
            if (children != null) {
                children = WordLookup.mapOf(children);
            }
        }
    }

    /** Collects names; not thread-safe. */
    public static final class Builder<V> {
        private final Node<V> root = new Node<>();
        private int size;

        private Builder() {
        }

        /** Adds {@code name} (any spelling: it is normalized) for {@code value}; a repeated pair is kept once. */
        public Builder<V> add(String name, V value) {
            Objects.requireNonNull(value, "value");
            String[] words = words(name);
            if (words.length == 0) {
                throw new IllegalArgumentException("a name must have at least one letter: '" + name + "'");
            }
            Node<V> node = root;
            for (String w : words) {
                if (node.children == null) {
                    node.children = new HashMap<>(4);
                }
                node = node.children.computeIfAbsent(w, x -> new Node<>());
            }
            if (node.values == null) {
                node.values = new ArrayList<>(1);
            }
            if (!node.values.contains(value)) {
                node.values.add(value);
                size++;
            }
            return this;
        }

        /** The index; the builder must not be used afterwards. */
        public PhraseIndex<V> build() {
            root.freezeRoot();
            return new PhraseIndex<>(root, size);
        }
    }
}
