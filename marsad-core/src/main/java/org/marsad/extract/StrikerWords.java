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
import org.marsad.model.Span;
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
    private static final String FORCE = "force";
    /** The word after which a nationality adjective is part of a name: قوات سوريا الديمقراطية. */
    private static final String DEMOCRATIC = ArabicNormalizer.key("\u0627\u0644\u062F\u064A\u0645\u0642\u0631\u0627\u0637\u064A\u0629");
    /** How many descriptive words ({@code الجوية}، {@code المكثفة}) may stand between a trigger and the adjective. */
    private static final int SKIP_REACH = 2;
    private static final char WAW = '\u0648';
    private static final Pattern ID_SEPARATOR = Pattern.compile("\\|");

    /** The actors each adjective may name, in file order. */
    private final Map<String, List<ActorRecord>> strikers;
    private final Set<String> descriptive;
    /** Nouns of armed forces ({@code قوات}، {@code طائرات}) that a nationality adjective may follow. */
    private final Set<String> forceNouns;

    private StrikerWords(Map<String, List<ActorRecord>> strikers, Set<String> descriptive, Set<String> forceNouns) {
        this.strikers = WordLookup.mapOf(strikers);
        this.descriptive = WordLookup.setOf(descriptive);
        this.forceNouns = WordLookup.setOf(forceNouns);
    }

    static StrikerWords load(ActorRegistry registry) {
        Map<String, List<ActorRecord>> strikers = new HashMap<>();
        Set<String> descriptive = new HashSet<>();
        Set<String> forceNouns = new HashSet<>();
        for (LexiconFile.Row row : LexiconFile.read(StrikerWords.class, "striker-adjectives.tsv", 2)) {
            String form = ArabicNormalizer.key(row.cell(0));
            if (SKIP.equals(row.cell(1))) {
                descriptive.add(form);
            } else if (FORCE.equals(row.cell(1))) {
                forceNouns.add(form);
            } else {
                List<ActorRecord> actors = new ArrayList<>();
                for (String id : ID_SEPARATOR.split(row.cell(1), -1)) {
                    actors.add(registry.byId(id.strip())
                            .orElseThrow(() -> row.error("no actor '" + id.strip() + "' in the registry")));
                }
                strikers.put(form, List.copyOf(actors));
            }
        }
        return new StrikerWords(strikers, descriptive, forceNouns);
    }

    /**
     * The states whose forces the region names by a noun of armed forces and an adjective of nationality
     * ({@code وشنت قوات أميركية وبريطانية وفرنسية ضربات}، {@code مدمرات أميركية وطائرات حربية بريطانية}), in order,
     * at most two, each with the span of its words; never inside a name the registry knows ({@code قوات سوريا
     * الديمقراطية}).
     */
    List<ActorRef> forces(ReportContext cx, Span region) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        List<ActorRef> out = new ArrayList<>(2);
        for (int t = body.tokenAtOrAfter(region.start());
             t < tokens.size() && body.originalStart(t) < region.end() && out.size() < 2; t++) {
            if (!isForceNoun(tokens.get(t)) || insideName(cx, body.originalStart(t))) {
                continue;
            }
            int skipped = 0;
            int noun = t;
            for (int k = noun + 1; k < tokens.size() && body.originalStart(k) < region.end() && out.size() < 2; k++) {
                Token w = tokens.get(k);
                if (!w.isWord()) {
                    if (w.isPunct(',') || w.isPunct('\u060C') || w.isPunct('.')) {
                        break;
                    }
                    continue;
                }
                boolean second = k > noun + 1 + skipped;
                ActorRecord striker = ActorChoice.choose(candidates(w, second), cx.focus(), cx.reportDate());
                if (striker == null) {
                    if (!second && descriptive(w) && skipped < SKIP_REACH) {
                        skipped++;
                        continue;
                    }
                    break;
                }
                if (k + 1 < tokens.size() && DEMOCRATIC.equals(ArabicNormalizer.key(tokens.get(k + 1).text()))) {
                    break;
                }
                if (out.stream().noneMatch(a -> a.id().equals(striker.id()))) {
                    int from = second ? w.start() : tokens.get(noun).start();
                    out.add(new ActorRef(striker, striker.name(), TextField.TEXT,
                            body.text().toOriginal(from, w.end()), false));
                }
                t = k;
            }
        }
        return out;
    }

    private boolean isForceNoun(Token w) {
        return ClauseWords.reads(w, forceNouns::contains);
    }

    private static boolean insideName(ReportContext cx, int offset) {
        for (ActorRef a : cx.actors()) {
            if (a.span().start() <= offset && offset < a.span().end()) {
                return true;
            }
        }
        return false;
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
