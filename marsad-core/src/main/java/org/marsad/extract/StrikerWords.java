package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.knowledge.actors.ActorChoice;
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
 * القصف التركي}، {@code الغارات الجوية السورية}. A row may name several actors, the state's forces of successive
 * periods ({@code السوري}: Assad's forces, then those of the government after him); the report's date chooses
 * among them as it does among actors sharing an alias ({@link ActorChoice}). A row naming an actor the registry
 * lacks is refused with its line. Immutable.
 */
final class StrikerWords {

    private static final String SKIP = "skip";
    /** How many descriptive words ({@code الجوية}، {@code المكثفة}) may stand between a trigger and the adjective. */
    private static final int SKIP_REACH = 2;
    private static final char WAW = '\u0648';
    private static final Pattern ID_SEPARATOR = Pattern.compile("\\|");

    /** The actors each adjective may name, in file order. */
    private final Map<String, List<ActorRecord>> strikers;
    private final Set<String> descriptive;

    private StrikerWords(Map<String, List<ActorRecord>> strikers, Set<String> descriptive) {
        this.strikers = WordLookup.mapOf(strikers);
        this.descriptive = WordLookup.setOf(descriptive);
    }

    static StrikerWords load(ActorRegistry registry) {
        Map<String, List<ActorRecord>> strikers = new HashMap<>();
        Set<String> descriptive = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(StrikerWords.class, "striker-adjectives.tsv", 2)) {
            String form = ArabicNormalizer.key(row.cell(0));
            if (SKIP.equals(row.cell(1))) {
                descriptive.add(form);
            } else {
                List<ActorRecord> actors = new ArrayList<>();
                for (String id : ID_SEPARATOR.split(row.cell(1), -1)) {
                    actors.add(registry.byId(id.strip())
                            .orElseThrow(() -> row.error("no actor '" + id.strip() + "' in the registry")));
                }
                strikers.put(form, List.copyOf(actors));
            }
        }
        return new StrikerWords(strikers, descriptive);
    }

    /**
     * The strikers the adjectives after the trigger name, in order (at most two: {@code غارات روسية وسورية}),
     * each with the span of its adjective; empty when none follows.
     */
    List<ActorRef> after(ReportContext cx, EventExtractor.Hit hit) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        List<ActorRef> out = new ArrayList<>(2);
        int skipped = 0;
        for (int t = hit.end(); t < tokens.size() && out.size() < 2; t++) {
            Token w = tokens.get(t);
            if (!w.isWord()) {
                if (w.isPunct(',') || w.isPunct('\u060C') || w.isPunct('.')) {
                    break;
                }
                continue;
            }
            ActorRecord striker = ActorChoice.choose(candidates(w, !out.isEmpty()), cx.focus(), cx.reportDate());
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

    /**
     * The actors a word may name as striker, empty when none; after a first adjective only when joined by و
     * ({@code وسورية}).
     */
    private List<ActorRecord> candidates(Token w, boolean second) {
        String text = w.text();
        if (second) {
            if (text.isEmpty() || text.charAt(0) != WAW) {
                return List.of();
            }
            return strikers.getOrDefault(text.substring(1), List.of());
        }
        for (Proclitics.Reading r : Proclitics.readings(text, false)) {
            if (r.prefix() == 0 && strikers.containsKey(r.form())) {
                return strikers.get(r.form());
            }
        }
        return List.of();
    }

    private boolean descriptive(Token w) {
        return descriptive.contains(w.text());
    }
}
