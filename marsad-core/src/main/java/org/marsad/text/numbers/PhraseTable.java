package org.marsad.text.numbers;

import org.marsad.text.LexiconFile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.WordLookup;

/**
 * A lexicon of one- or several-word phrases keyed by their {@link ArabicNormalizer#key normalized} form,
 * matched against consecutive word tokens. The first word may carry proclitics ({@link Proclitics}); the
 * longest phrase wins. Immutable; safe to share between threads.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    /** A phrase found from token {@code start} to before token {@code end}, after {@code skip} proclitic chars. */
    public record Hit<V>(V value, int start, int end, int skip) {
    }

    private final Map<String, V> byPhrase;
    /** Leading word runs of the phrases: a lookup goes on only while the words so far start some phrase. */
    private final java.util.Set<String> prefixes;
    private final int maxWords;

    private PhraseTable(Map<String, V> byPhrase, int maxWords) {
        this.byPhrase = byPhrase;
        this.prefixes = prefixesOf(byPhrase.keySet());
        this.maxWords = maxWords;
    }

    /**
     * Reads {@code file} (next to {@code anchor}); cell 1 is the phrase, {@code valueOf} reads the row's
     * value and reports a bad row with {@link LexiconFile.Row#error}.
     */
    public static <V> PhraseTable<V> load(Class<?> anchor, String file, int columns,
                                          Function<LexiconFile.Row, V> valueOf) {
        Map<String, V> byPhrase = new HashMap<>();
        int maxWords = 1;
        for (LexiconFile.Row row : LexiconFile.read(anchor, file, columns)) {
            String phrase = ArabicNormalizer.key(row.cell(0));
            V value = valueOf.apply(row);
            V previous = byPhrase.put(phrase, value);
            if (previous != null && !previous.equals(value)) {
                throw row.error("phrase listed twice with different values (after normalization): '"
                        + row.cell(0) + "'");
            }
            maxWords = Math.max(maxWords, phrase.split(" ").length);
        }
        return new PhraseTable<>(WordLookup.mapOf(byPhrase), maxWords);
    }

    /** Every leading run of words of every phrase ("a", "a b" for "a b c"): where a longer match may go on. */
    private static java.util.Set<String> prefixesOf(java.util.Set<String> phrases) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String phrase : phrases) {
            int at = phrase.indexOf(' ');
            while (at > 0) {
                out.add(phrase.substring(0, at));
                at = phrase.indexOf(' ', at + 1);
            }
            out.add(phrase);
        }
        return WordLookup.setOf(out);
    }

    /** The first words of the phrases: a word none of whose forms is among them starts no phrase. */
    public java.util.Set<String> firstWords() {
        return firstWords(value -> true);
    }

    /** The first words of the phrases whose value passes {@code which}. */
    public java.util.Set<String> firstWords(java.util.function.Predicate<? super V> which) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, V> phrase : byPhrase.entrySet()) {
            if (which.test(phrase.getValue())) {
                out.add(phrase.getKey().split(" ")[0]);
            }
        }
        return out;
    }

    /** The value of a single normalized word, without proclitic handling. */
    public Optional<V> get(String word) {
        return Optional.ofNullable(byPhrase.get(word));
    }

    /** The longest phrase starting at token {@code i}. */
    public Optional<Hit<V>> at(List<Token> tokens, int i, boolean prepositions) {
        if (i >= tokens.size() || !tokens.get(i).isWord()) {
            return Optional.empty();
        }
        String first = tokens.get(i).text();
        List<String> forms = tokens.get(i).forms(prepositions);
        for (int f = 0; f < forms.size(); f++) {
            String form = forms.get(f);
            if (!prefixes.contains(form)) {
                continue;
            }
            StringBuilder key = null; // made only when a next word may extend the phrase
            Hit<V> best = null;
            V v = byPhrase.get(form);
            if (v != null) {
                best = new Hit<>(v, i, i + 1, first.length() - form.length());
            }
            for (int n = 1; n < maxWords && i + n < tokens.size() && tokens.get(i + n).isWord(); n++) {
                if (key == null) {
                    key = new StringBuilder(form);
                }
                key.append(' ').append(tokens.get(i + n).text());
                String k = key.toString();
                if (!prefixes.contains(k)) {
                    break;
                }
                v = byPhrase.get(k);
                if (v != null) {
                    best = new Hit<>(v, i, i + n + 1, first.length() - form.length());
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }
}
