package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.knowledge.actors.ActorKind;
import org.marsad.knowledge.actors.ActorLink;
import org.marsad.knowledge.actors.ActorRegistry;
import org.marsad.knowledge.actors.LinkType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Relation;
import org.marsad.model.RelationType;
import org.marsad.model.Span;
import org.marsad.model.TextField;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;

/**
 * How the groups of a report relate, from three kinds of evidence:
 * <ul>
 *   <li>events: a battle between two armed actors, or the killing of a group's captured fighters, means they
 *       fight ({@code FIGHTS});</li>
 *   <li>patterns of the text ({@code relation-words.tsv}): joining or pledging allegiance ({@code انضم إلى}،
 *       {@code بايع}), belonging ({@code التابع لـ}، {@code أحد فصائل}), mediation ({@code مبادرة قدمها X ... بين Y وZ}), denunciation ({@code أعلنت X Y خوارج});</li>
 *   <li>the registry: a unit named beside the body it belongs to ({@code جيش النصر} and {@code الجيش الحر}) is
 *       {@code PART_OF} it when the registry says so on the report's date.</li>
 * </ul>
 * Immutable; may be shared between threads.
 */
public final class RelationExtractor {

    private static final int MEDIATOR_REACH = 4;
    private static final int FAILURE_REACH = 10;
    /** فشل، فشلت، فشلها، رفض، رفضت، نفى، نفت (folded). */
    private static final Set<String> FAILURE_WORDS = Set.of("\u0641\u0634\u0644", "\u0641\u0634\u0644\u062A",
            "\u0641\u0634\u0644\u0647\u0627", "\u0631\u0641\u0636", "\u0631\u0641\u0636\u062A",
            "\u0646\u0641\u064A", "\u0646\u0641\u062A");

    private final ActorRegistry registry;
    private final Map<String, RelationType> words;

    public RelationExtractor(ActorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.words = RelationWords.load();
    }

    public List<Relation> extract(ReportContext cx, List<ActorRef> allActors, List<Event> events) {
        Map<String, Relation> out = new LinkedHashMap<>();
        LocalDate date = cx.reportDate();
        fromEvents(cx, events, out, date);
        fromPatterns(cx, out, date);
        fromRegistry(cx, allActors, out, date);
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, Relation> out, RelationType type, ActorRef source, ActorRef target,
                            LocalDate date, double confidence, Mention evidence) {
        if (source == null || target == null || source.id().equals(target.id())) {
            return;
        }
        String a = source.name();
        String b = target.name();
        String key = type.symmetric() && a.compareTo(b) > 0 ? type + "|" + b + "|" + a : type + "|" + a + "|" + b;
        out.merge(key, new Relation(type, a, b, date, confidence, List.of(evidence)), (x, y) -> {
            List<Mention> ev = new ArrayList<>(x.evidence());
            y.evidence().stream().filter(m -> !ev.contains(m)).forEach(ev::add);
            return new Relation(x.type(), x.source(), x.target(), x.date(), Math.max(x.confidence(), y.confidence()), ev);
        });
    }

    private void fromEvents(ReportContext cx, List<Event> events, Map<String, Relation> out, LocalDate date) {
        for (Event e : events) {
            boolean battle = EventTypes.BATTLES.equals(e.eventType()) || EventTypes.EXPLOSIONS.equals(e.eventType());
            if (!battle || e.actor1().isEmpty() || e.actor2().isEmpty()) {
                continue;
            }
            ActorRef a = byName(cx, e.actor1());
            ActorRef b = byName(cx, e.actor2());
            if (a != null && b != null && a.armed() && b.armed()) {
                add(out, RelationType.FIGHTS, a, b, e.eventDate(), 0.8, e.evidence().get(0));
            }
        }
    }

    /** فشل الطرفان في التوصل إلى اتفاق: a failed or refused agreement is none. */
    private static boolean failedBefore(List<Token> tokens, int i) {
        int words = 0;
        for (int k = i - 1; k >= 0 && words < FAILURE_REACH; k--) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                words++;
                for (Proclitics.Reading r : t.readings()) {
                    if (FAILURE_WORDS.contains(r.form())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static ActorRef lastOtherThan(List<ActorRef> actors, ActorRef not) {
        for (int i = actors.size() - 1; i >= 0; i--) {
            if (not == null || !actors.get(i).id().equals(not.id())) {
                return actors.get(i);
            }
        }
        return null;
    }

    private void fromPatterns(ReportContext cx, Map<String, Relation> out, LocalDate date) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            RelationType type = wordType(tokens.get(i));
            if (type == null) {
                continue;
            }
            int at = body.text().toOriginal(tokens.get(i).start());
            Span sentence = body.sentenceAt(at);
            Mention evidence = Mention.of(cx.report(), TextField.TEXT, sentence);
            List<ActorRef> before = armedIn(cx, new Span(sentence.start(), at));
            List<ActorRef> after = armedIn(cx, new Span(at, sentence.end()));
            switch (type) {
                case JOINED -> {
                    ActorRef target = after.isEmpty() ? null : after.get(0);
                    add(out, RelationType.JOINED, lastOtherThan(before, target), target, date, 0.8, evidence);
                }
                case MEDIATES -> {
                    // وساطة X، بوساطة X، مبادرة قدمها X
                    ActorRef mediator = after.isEmpty() ? null : after.get(0);
                    if (mediator == null || wordsBetween(body, at, mediator.span().start()) > MEDIATOR_REACH) {
                        continue;
                    }
                    Set<String> seen = new HashSet<>();
                    for (ActorRef party : armedIn(cx, sentence)) {
                        if (!party.id().equals(mediator.id()) && seen.add(party.id())) {
                            add(out, RelationType.MEDIATES, mediator, party, date, 0.7, evidence);
                        }
                    }
                }
                case FIGHTS -> {
                    // the captured fighters of a group executed or seized by another: the two fight; the
                    // executioner is named right before the verb (أن جماعة "لواء الأقصى" أعدمت)
                    ActorRef target = after.isEmpty() ? null : after.get(0);
                    ActorRef source = lastOtherThan(before, target);
                    if (source != null && wordsBetween(body, source.span().end(), at) == 0) {
                        add(out, RelationType.FIGHTS, source, target, date, 0.6, evidence);
                    }
                }
                case PART_OF -> {
                    // لواء المعتصم التابع لـ"الجيش الحر": the unit stands right before the word, its body right after
                    ActorRef target = after.isEmpty() ? null : after.get(0);
                    ActorRef source = lastOtherThan(before, target);
                    if (target != null && source != null && wordsBetween(body, source.span().end(), at) <= 1
                            && wordsBetween(body, at, target.span().start()) <= 1) {
                        add(out, RelationType.PART_OF, source, target, date, 0.8, evidence);
                    }
                }
                case ALLIED_WITH, SPLIT_FROM -> {
                    ActorRef target = after.isEmpty() ? null : after.get(0);
                    if (target != null && wordsBetween(body, at, target.span().start()) <= MEDIATOR_REACH) {
                        add(out, type, lastOtherThan(before, target), target, date, 0.7, evidence);
                    }
                }
                case AGREEMENT_WITH -> {
                    List<ActorRef> parties = armedIn(cx, sentence);
                    if (!failedBefore(tokens, i) && parties.size() >= 2) {
                        ActorRef first = parties.get(0);
                        ActorRef second = parties.stream().filter(a -> !a.id().equals(first.id())).findFirst().orElse(null);
                        add(out, RelationType.AGREEMENT_WITH, first, second, date, 0.6, evidence);
                    }
                }
                case DENOUNCES -> {
                    if (before.size() >= 2) {
                        add(out, RelationType.DENOUNCES, before.get(before.size() - 2), before.get(before.size() - 1),
                                date, 0.7, evidence);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** {@code PART_OF} from the registry, for a unit and its parent both named in the report. */
    private void fromRegistry(ReportContext cx, List<ActorRef> allActors, Map<String, Relation> out, LocalDate date) {
        Map<String, ActorRef> named = new LinkedHashMap<>();
        for (ActorRef a : allActors) {
            if (a.record() != null) {
                named.putIfAbsent(a.record().id(), a);
            }
        }
        for (ActorRef a : named.values()) {
            for (ActorLink link : registry.linksFrom(a.record().id())) {
                ActorRef parent = named.get(link.targetId());
                if (link.type() == LinkType.PART_OF && parent != null && link.holdsOn(date)
                        && parent.record().kind() != ActorKind.STATE) {
                    TextField field = a.field();
                    Span where = field == TextField.TEXT ? cx.body().sentenceAt(a.span().start()) : a.span();
                    add(out, RelationType.PART_OF, a, parent, date, 0.9, Mention.of(cx.report(), field, where));
                }
            }
        }
    }

    private RelationType wordType(Token t) {
        if (!t.isWord()) {
            return null;
        }
        List<Proclitics.Reading> readings = t.readings();
        for (int k = 0; k < readings.size(); k++) {
            RelationType type = words.get(readings.get(k).form());
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private static List<ActorRef> armedIn(ReportContext cx, Span region) {
        List<ActorRef> out = new ArrayList<>();
        for (ActorRef a : cx.actors()) {
            if (region.contains(a.span()) && a.armed()
                    && (a.record() == null || a.record().kind() != ActorKind.GENERIC)) {
                out.add(a);
            }
        }
        return out;
    }

    private static ActorRef byName(ReportContext cx, String name) {
        for (ActorRef a : cx.actors()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }

    private static int wordsBetween(AnalyzedText body, int from, int to) {
        List<Token> tokens = body.tokens();
        int n = 0;
        for (int i = body.tokenAtOrAfter(from + 1); i < tokens.size() && body.originalStart(i) < to; i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }
}
