package org.marsad.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.knowledge.actors.ActorRecord;
import org.marsad.knowledge.actors.ActorRegistry;
import org.marsad.model.TextField;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LexiconFile;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.WordLookup;

/**
 * Adjectives of nationality that name who struck ({@code striker-adjectives.tsv}): {@code غارات روسية}، {@code
 * القصف التركي}، {@code الغارات الجوية السورية}. A row naming an actor the registry lacks is refused with its
 * line. Immutable.
 */
final class StrikerWords {

    private static final String SKIP = "skip";
    /** How many descriptive words ({@code الجوية}، {@code المكثفة}) may stand between a trigger and the adjective. */
    private static final int SKIP_REACH = 2;
    private static final char WAW = '\u0648';

    private final Map<String, ActorRecord> strikers;
    private final Set<String> descriptive;

    private StrikerWords(Map<String, ActorRecord> strikers, Set<String> descriptive) {
        this.strikers = WordLookup.mapOf(strikers);
        this.descriptive = WordLookup.setOf(descriptive);
    }

    static StrikerWords load(ActorRegistry registry) {
        Map<String, ActorRecord> strikers = new HashMap<>();
        Set<String> descriptive = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(StrikerWords.class, "striker-adjectives.tsv", 2)) {
            String form = ArabicNormalizer.key(row.cell(0));
            if (SKIP.equals(row.cell(1))) {
                descriptive.add(form);
            } else {
                ActorRecord actor = registry.byId(row.cell(1))
                        .orElseThrow(() -> row.error("no actor '" + row.cell(1) + "' in the registry"));
                strikers.put(form, actor);
            }
        }
        return new StrikerWords(strikers, descriptive);
    }

    /**
     * The strikers the adjectives after the trigger name, in order (at most two: {@code غارات روسية وسورية}),
     * each with the span of its adjective; empty when none follows.
     */
    List<ActorRef> after(AnalyzedText body, EventExtractor.Hit hit) {
        List<Token> tokens = body.tokens();
        List<ActorRef> out = new java.util.ArrayList<>(2);
        int skipped = 0;
        for (int t = hit.end(); t < tokens.size() && out.size() < 2; t++) {
            Token w = tokens.get(t);
            if (!w.isWord()) {
                if (w.isPunct(',') || w.isPunct('\u060C') || w.isPunct('.')) {
                    break;
                }
                continue;
            }
            ActorRecord striker = striker(w, !out.isEmpty());
            if (striker != null) {
                if (out.stream().noneMatch(a -> a.id().equals(striker.id()))) {
                    out.add(new ActorRef(striker, striker.name(), TextField.TEXT,
                            body.text().toOriginal(w.start(), w.end()), false));
                }
            } else if (out.isEmpty() && descriptive(w) && skipped < SKIP_REACH) {
                skipped++;
            } else {
                break;
            }
        }
        return out;
    }

    /** The actor a word names as striker; after a first adjective only when joined by و ({@code وسورية}). */
    private ActorRecord striker(Token w, boolean second) {
        String text = w.text();
        if (second) {
            if (text.isEmpty() || text.charAt(0) != WAW) {
                return null;
            }
            return strikers.get(text.substring(1));
        }
        for (Proclitics.Reading r : Proclitics.readings(text, false)) {
            if (r.prefix() == 0 && strikers.containsKey(r.form())) {
                return strikers.get(r.form());
            }
        }
        return null;
    }

    private boolean descriptive(Token w) {
        return descriptive.contains(w.text());
    }
}
