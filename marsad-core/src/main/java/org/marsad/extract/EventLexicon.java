package org.marsad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.marsad.recognize.PhraseIndex;
import org.marsad.text.ArabicNormalizer;

/**
 * The analyst-editable word lists of event extraction: triggers ({@code triggers.tsv}) and the words that
 * cancel them ({@code negations.tsv}). A bad row is refused with its file and line. Immutable.
 */
public final class EventLexicon {

    private final PhraseIndex<Trigger> triggers;
    private final Set<String> negations;
    private final Set<String> clauseBreaks;

    private EventLexicon(PhraseIndex<Trigger> triggers, Set<String> negations, Set<String> clauseBreaks) {
        this.triggers = triggers;
        this.negations = Set.copyOf(negations);
        this.clauseBreaks = Set.copyOf(clauseBreaks);
    }

    public static EventLexicon loadDefault() {
        PhraseIndex.Builder<Trigger> triggers = PhraseIndex.builder();
        read("triggers.tsv", 4, (source, n, cols) -> {
            boolean strong = switch (cols[3]) {
                case "strong" -> true;
                case "weak" -> false;
                default -> throw new IllegalArgumentException(source + ":" + n + ": strength must be strong or weak, not '"
                        + cols[3] + "'");
            };
            try {
                triggers.add(cols[0], new Trigger(cols[0], cols[1], cols[2], strong));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + n + ": " + e.getMessage(), e);
            }
        });
        Set<String> negations = new HashSet<>();
        read("negations.tsv", 2, (source, n, cols) -> negations.add(ArabicNormalizer.key(cols[0])));
        Set<String> breaks = new HashSet<>();
        try (InputStream in = EventLexicon.class.getResourceAsStream("clause-breaks.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: clause-breaks.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String w : line.split("\\s+")) {
                        if (!w.isBlank()) {
                            breaks.add(ArabicNormalizer.key(w.replace('_', ' ')));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clause-breaks.txt", e);
        }
        return new EventLexicon(triggers.build(), negations, breaks);
    }

    public PhraseIndex<Trigger> triggers() {
        return triggers;
    }

    /** Whether a word (normalized, proclitics off) opens a new clause. */
    public boolean isClauseBreak(String word) {
        return clauseBreaks.contains(word);
    }

    /** Whether a word (normalized, proclitics off) cancels a trigger after it. */
    public boolean isNegation(String word) {
        return negations.contains(word);
    }

    private interface RowHandler {
        void row(String source, int line, String[] cols);
    }

    private static void read(String resource, int columns, RowHandler handler) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the build: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalArgumentException(resource + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length + ": " + line);
                }
                handler.row(resource, n, cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
