package org.marsad.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.knowledge.actors.ActorRecord;
import org.marsad.knowledge.actors.ActorRegistry;
import org.marsad.model.Span;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.WordFilter;

/**
 * Finds actors in a report: registry names (longest match over normalized tokens, proclitics allowed on the
 * first word), anaphoric short forms of actors already named ({@code الهيئة} after {@code هيئة تحرير الشام}),
 * groups the registry lacks but the text names as groups, and persons introduced with a role.
 * Fields are read in order (the headline first), so "named earlier" follows reading order.
 * Immutable; may be shared between threads.
 */
public final class ActorRecognizer {

    private final PhraseIndex<ActorRecord> names;
    private final PhraseIndex<ActorRecord> shortForms;
    private final GroupNames groupNames;
    /**
     * The first words of all names, short forms and group words: a word none of whose readings is here starts
     * no actor mention, and is passed by after one check instead of three lookups.
     */
    private final WordFilter openers;

    public ActorRecognizer(ActorRegistry registry, GroupNames groupNames) {
        Objects.requireNonNull(registry, "registry");
        this.groupNames = Objects.requireNonNull(groupNames, "groupNames");
        PhraseIndex.Builder<ActorRecord> full = PhraseIndex.builder();
        PhraseIndex.Builder<ActorRecord> shorts = PhraseIndex.builder();
        for (ActorRecord a : registry.all()) {
            for (String alias : a.aliasesAr()) {
                full.add(alias, a);
            }
            for (String alias : a.aliasesEn()) {
                full.add(alias, a);
            }
            for (String s : a.shortAr()) {
                shorts.add(s, a);
            }
        }
        this.names = full.build();
        this.shortForms = shorts.build();
        Set<String> first = new HashSet<>(names.firstWords());
        first.addAll(shortForms.firstWords());
        first.addAll(groupNames.headWords());
        this.openers = WordFilter.of(first);
    }

    /** Every actor mention of the given fields, in reading order. */
    public List<ActorMention> recognize(List<AnalyzedText> fields) {
        List<ActorMention> out = new ArrayList<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        int order = 0;
        for (AnalyzedText field : fields) {
            List<Token> tokens = field.tokens();
            int i = 0;
            while (i < tokens.size()) {
                if (tokens.get(i).isWord() && !mayOpen(tokens.get(i))) {
                    i++;
                    continue;
                }
                PhraseIndex.Match<ActorRecord> full = names.longestAt(tokens, i);
                PhraseIndex.Match<ActorRecord> back = shortForms.longestAt(tokens, i);
                List<ActorRecord> antecedents = back == null ? List.of() : seen(back.values(), lastSeen);
                if (full != null && (antecedents.isEmpty() || full.endToken() >= back.endToken())) {
                    ActorMention m = mention(field, full, full.values(), ActorMention.How.NAME);
                    out.add(m);
                    for (ActorRecord a : full.values()) {
                        lastSeen.put(a.id(), order++);
                    }
                    i = full.endToken();
                } else if (!antecedents.isEmpty()) {
                    out.add(mention(field, back, antecedents, ActorMention.How.SHORT_FORM));
                    lastSeen.put(antecedents.get(0).id(), order++);
                    i = back.endToken();
                } else {
                    GroupNames.Found found = groupNames.at(field, i, names);
                    if (found != null) {
                        out.add(new ActorMention(List.of(), found.name(), found.how(), field.field(), found.span()));
                        i = found.endToken();
                    } else {
                        i++;
                    }
                }
            }
        }
        return out;
    }

    private boolean mayOpen(Token word) {
        List<Proclitics.Reading> readings = word.readings();
        for (int k = 0; k < readings.size(); k++) {
            if (openers.mightContain(readings.get(k).form())) {
                return true;
            }
        }
        return false;
    }

    /** The candidates already named in this report, the most recently named first. */
    private static List<ActorRecord> seen(List<ActorRecord> candidates, Map<String, Integer> lastSeen) {
        List<ActorRecord> out = new ArrayList<>();
        for (ActorRecord a : candidates) {
            if (lastSeen.containsKey(a.id())) {
                out.add(a);
            }
        }
        out.sort((a, b) -> Integer.compare(lastSeen.get(b.id()), lastSeen.get(a.id())));
        return out;
    }

    private static ActorMention mention(AnalyzedText field, PhraseIndex.Match<ActorRecord> m,
                                        List<ActorRecord> candidates, ActorMention.How how) {
        List<Token> tokens = field.tokens();
        int start = tokens.get(m.startToken()).start() + m.prefix();
        int end = tokens.get(m.endToken() - 1).end();
        Span span = field.text().toOriginal(start, end);
        return new ActorMention(candidates, null, how, field.field(), span);
    }

}
