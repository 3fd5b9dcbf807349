package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import org.marsad.knowledge.actors.ActorKind;
import org.marsad.model.Span;
import org.marsad.model.TextField;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Fills actor1 and actor2 of an event from its clause, after the ACLED codebook ("Actors"):
 * <ul>
 *   <li>{@code بين X وY}, or {@code بين الطرفين} for the last two armed actors named: X and Y;</li>
 *   <li>an actor right after the trigger is its subject (verb–subject–object, {@code سيطرت الهيئة على}),
 *       else the last actor before it (subject–verb–object, {@code أن اللواء أعدم});</li>
 *   <li>a bare country name as the subject of a strike ({@code قصفت إسرائيل}، {@code شنت تركيا غارات}) is
 *       that state's forces;</li>
 *   <li>a side joined to the subject by و ({@code القوات التركية والفصائل الموالية لها سيطرت}) is its ally,
 *       assoc_actor_1, unless the two clash with each other ({@code اشتبكت قوات النظام والمعارضة});</li>
 *   <li>actor2 is the next armed actor of the clause; in Violence against civilians the victims are always
 *       actor 2, and captured or disarmed fighters who are killed count as civilians.</li>
 * </ul>
 * Immutable.
 */
final class Roles {

    /** ACLED's generic civilians of each country ("Civilians (Syria)"), by ISO alpha-2 code. */
    private final java.util.Map<String, org.marsad.knowledge.actors.ActorRecord> civilians;
    private final org.marsad.knowledge.actors.ActorRegistry registry;
    private final EventLexicon lexicon;
    /** The adjectives that name who struck ({@code striker-adjectives.tsv}). */
    private final StrikerWords strikerWords;

    /** The words of {@code relation-words.tsv}: PART_OF and ALLIED_WITH words name associated actors. */
    private final java.util.Map<String, org.marsad.model.RelationType> relationWords;

    Roles(org.marsad.knowledge.actors.ActorRegistry registry, EventLexicon lexicon) {
        this.registry = registry;
        this.lexicon = lexicon;
        this.strikerWords = StrikerWords.load(registry);
        this.relationWords = RelationWords.load();
        java.util.Map<String, org.marsad.knowledge.actors.ActorRecord> byCountry = new java.util.HashMap<>();
        for (org.marsad.knowledge.actors.ActorRecord a : registry.all()) {
            if (a.kind() == ActorKind.GENERIC && a.name().startsWith("Civilians (") && a.country() != null) {
                byCountry.putIfAbsent(a.country(), a);
            }
        }
        this.civilians = java.util.Map.copyOf(byCountry);
    }

    /** How many words before an actor a holder word ({@code لسيطرة}، {@code عليها}) may stand. */
    private static final int HOLDER_REACH = 2;
    /** How many tokens after a trigger its subject may stand (verb–subject order). */
    private static final int SUBJECT_REACH = 4;
    private static final String BOTH_SIDES = "\u0627\u0644\u0637\u0631\u0641\u064A\u0646"; // الطرفين
    private static final String BOTH_SIDES_ALT = "\u0627\u0644\u062C\u0627\u0646\u0628\u064A\u0646"; // الجانبين
    private static final String ARRESTS = "Arrests";
    private static final String ARMED_CLASH = "Armed clash";
    /**
     * Trigger forms that are verbs taking their subject after them (folded): قصفت، قصف، قصفوا، استهدفت، استهدف،
     * هاجمت، هاجم، اقتحمت، اقتحم، سيطرت، سيطر، استعادت، استعاد، تقدمت، استولت، استولى، انتزعت.
     */
    private static final java.util.Set<String> VERBS = java.util.Set.of(
            "\u0642\u0635\u0641\u062A", "\u0642\u0635\u0641", "\u0642\u0635\u0641\u0648\u0627",
            "\u0627\u0633\u062A\u0647\u062F\u0641\u062A", "\u0627\u0633\u062A\u0647\u062F\u0641",
            "\u0647\u0627\u062C\u0645\u062A", "\u0647\u0627\u062C\u0645",
            "\u0627\u0642\u062A\u062D\u0645\u062A", "\u0627\u0642\u062A\u062D\u0645",
            "\u0633\u064A\u0637\u0631\u062A", "\u0633\u064A\u0637\u0631",
            "\u0627\u0633\u062A\u0639\u0627\u062F\u062A", "\u0627\u0633\u062A\u0639\u0627\u062F",
            "\u062A\u0642\u062F\u0645\u062A", "\u0627\u0633\u062A\u0648\u0644\u062A",
            "\u0627\u0633\u062A\u0648\u0644\u0649", "\u0627\u0646\u062A\u0632\u0639\u062A");
    /** شن، شنت، نفذ، نفذت، أطلق، أطلقت، وجه، وجهت (folded): verbs that launch the attack their object names. */
    private static final java.util.Set<String> LAUNCH_VERBS = java.util.Set.of(
            "\u0634\u0646", "\u0634\u0646\u062A", "\u0646\u0641\u0630", "\u0646\u0641\u0630\u062A",
            "\u0627\u0637\u0644\u0642", "\u0627\u0637\u0644\u0642\u062A", "\u0648\u062C\u0647",
            "\u0648\u062C\u0647\u062A");
    /** من، في، على (folded)، عن، مع: an actor after one of these is not a subject. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of(
            "\u0645\u0646", "\u0641\u064A", "\u0639\u0644\u064A", "\u0639\u0646", "\u0645\u0639");
    private static final String BETWEEN = "\u0628\u064A\u0646"; // بين
    /** بحق، ضد، على، إلى (folded), استهدف، استهدفت: what follows is the target, not the subject. */
    private static final java.util.Set<String> OBJECT_WORDS = java.util.Set.of(
            "\u0628\u062D\u0642", "\u0636\u062F", "\u0639\u0644\u064A", "\u0627\u0644\u064A",
            "\u0627\u0633\u062A\u0647\u062F\u0641", "\u0627\u0633\u062A\u0647\u062F\u0641\u062A");

    /**
     * The roles of one event, the actors associated with each side ({@code التابع لـ}، {@code بدعم من}; ACLED's
     * assoc_actor, or {@code null}), and the armed group its victims belonged to, if any.
     */
    record Filled(ActorRef actor1, ActorRef actor2, ActorRef assoc1, ActorRef assoc2, ActorRef victimsGroup,
                  boolean civilianTargeting) {
    }

    /** Who holds places in one report: the mentions that say so, and the actors only ever named so. */
    record Held(java.util.Set<Span> mentions, java.util.Set<String> only) {
    }

    /** The holders of places in a report ({@code الخاضعة لسيطرة X}، {@code X الذي يسيطر على}), worked out once. */
    Held held(ReportContext cx) {
        java.util.Set<Span> mentions = new java.util.HashSet<>();
        java.util.Set<String> holding = new java.util.HashSet<>();
        java.util.Set<String> acting = new java.util.HashSet<>();
        for (ActorRef a : cx.actors()) {
            if (a.field() != TextField.TEXT) {
                continue;
            }
            if (holds(cx, a)) {
                mentions.add(a.span());
                holding.add(a.id());
            } else {
                acting.add(a.id());
            }
        }
        holding.removeAll(acting);
        return new Held(mentions, holding);
    }

    /**
     * @param previous the subject of the previous event of the sentence: a dropped or pronoun subject
     *                 ({@code وأنه اعتقل}) continues it
     * @param held     the report's holders of places ({@link #held})
     */
    Filled fill(ReportContext cx, EventExtractor.Hit hit, Span after, Span before, Span sentence, ActorRef previous,
                Held held) {
        // a side's parent body or ally (X التابع لـY، بدعم من Y) is its associated actor, not a side of its own
        List<ActorRef> inAfter = armed(cx, after).stream().filter(a -> !linkedToPrevious(cx, a)).toList();
        List<ActorRef> inBefore = armed(cx, before).stream().filter(a -> !linkedToPrevious(cx, a)).toList();
        // who holds the place is not who attacks it: held-by mentions never fill actor 1
        List<ActorRef> holders = inSentence(cx, sentence).stream().filter(a -> held.mentions().contains(a.span())).toList();
        List<ActorRef> subjectsAfter = inAfter.stream().filter(a -> !holders.contains(a)).toList();
        List<ActorRef> subjectsBefore = inBefore.stream().filter(a -> !holders.contains(a)).toList();
        boolean violenceAgainstCivilians = EventTypes.VIOLENCE_AGAINST_CIVILIANS.equals(hit.trigger().eventType());

        ActorRef actor1 = null;
        ActorRef actor2 = null;
        int between = wordIndex(cx, after, BETWEEN);
        if (between >= 0) {
            if (wordIndex(cx, after, BOTH_SIDES) >= 0 || wordIndex(cx, after, BOTH_SIDES_ALT) >= 0) {
                List<ActorRef> last = lastTwoArmed(cx, hit.span().start());
                if (last.size() == 2) {
                    actor1 = last.get(0);
                    actor2 = last.get(1);
                }
            } else {
                List<ActorRef> pair = inAfter.stream().filter(a -> a.span().start() > between).toList();
                if (pair.size() >= 2) {
                    actor1 = pair.get(0);
                    actor2 = distinct(pair, pair.get(0));
                }
            }
        }
        ActorRef named = between < 0 ? stateNamedByItsCountry(cx, hit) : null;
        List<ActorRef> listed = between < 0 && named == null ? statesListed(cx, hit) : List.of();
        if (between < 0 && named == null && listed.isEmpty()) {
            listed = statesLaunchingIt(cx, hit);
        }
        ActorRef state = listed.isEmpty() ? named : listed.get(0);
        if (state != null) {
            // قصفت إسرائيل مواقع لقوات النظام: the country right after the verb is its forces, the subject
            actor1 = state;
            actor2 = inAfter.stream().filter(a -> !a.id().equals(state.id()) && !related(a, state))
                    .findFirst().orElse(null);
        }
        if (actor1 == null) {
            ActorRef subjectAfter = subjectsAfter.isEmpty() ? null : subjectsAfter.get(0);
            int gap = subjectAfter == null ? Integer.MAX_VALUE
                    : tokensBetween(cx, hit.span().end(), subjectAfter.span().start());
            boolean object = subjectAfter != null && hasObjectWord(cx, hit.span().end(), subjectAfter.span().start());
            // in executions and arrests the group named after the verb is usually the victims' (اعتقل مقاتلي "جيش النصر")
            boolean agentFirst = violenceAgainstCivilians || ARRESTS.equals(hit.trigger().subEventType());
            if (subjectAfter != null && gap <= 2 && !object && !agentFirst) {
                actor1 = subjectAfter;
            } else if (!subjectsBefore.isEmpty()) {
                actor1 = lastSubject(cx, subjectsBefore);
            } else if (subjectAfter != null && gap <= SUBJECT_REACH && !object && !agentFirst) {
                actor1 = subjectAfter;
            } else if (previous != null) {
                actor1 = previous;
            } else {
                actor1 = inSentence(cx, sentence).stream().filter(a -> !holders.contains(a)).findFirst().orElse(null);
            }
            if (actor1 != null) {
                actor2 = distinct(inAfter, actor1);
            }
        }
        // القوات التركية والفصائل الموالية لها سيطرت: a side named with و beside the subject acts with it (its
        // ally, ACLED's assoc_actor_1), except where the word is fought out between them (اشتبكت X وY)
        ActorRef partner = null;
        if (between < 0 && actor1 != null && !ARMED_CLASH.equals(hit.trigger().subEventType())
                && actor1.field() == TextField.TEXT && !oblique(cx, actor1) && !holders.contains(actor1)) {
            ActorRef head = conjunctBefore(cx, actor1);
            if (head != null && !oblique(cx, head) && !holders.contains(head)) {
                partner = actor1;
                actor1 = head;
            } else if (head == null) {
                partner = conjunctAfter(cx, actor1);
            }
            if (partner != null && holders.contains(partner)) {
                partner = null;
            }
            if (partner != null && actor2 != null && (actor2.id().equals(partner.id()) || actor2.id().equals(actor1.id()))) {
                ActorRef first = actor1;
                ActorRef ally = partner;
                actor2 = inAfter.stream().filter(a -> !a.id().equals(first.id()) && !a.id().equals(ally.id()))
                        .findFirst().orElse(null);
            }
        }
        boolean fighting = EventTypes.BATTLES.equals(hit.trigger().eventType())
                || EventTypes.EXPLOSIONS.equals(hit.trigger().eventType());
        // غارات روسية، القصف التركي: the adjective says who struck, whatever else the clause names
        List<ActorRef> strikers = fighting ? strikerWords.after(cx, hit) : List.of();
        if (strikers.isEmpty() && actor1 == null) {
            // وشنت قوات أميركية وبريطانية ضربات، قصفت طائرات روسية: forces named by their nationality
            strikers = strikerWords.forces(cx, new Span(before.start(), Math.max(before.start(), after.end())));
        }
        if (!strikers.isEmpty()) {
            ActorRef striker = strikers.get(0);
            actor1 = striker;
            actor2 = inAfter.stream().filter(a -> !a.id().equals(striker.id()) && !related(a, striker))
                    .findFirst().orElse(null);
        }
        if (fighting && actor1 == null) {
            // only state forces fly: an air strike whose striker the clause leaves unsaid is not put on a rebel group
            // nor on a side the report only names as holding places (دوما التي يسيطر عليها "جيش الإسلام"): when the
            // attacker is unsaid, the holder is the likelier target
            java.util.Set<String> heldOnly = held.only();
            // a chemical attack whose attacker is unsaid is delivered from the air or by artillery: state forces too
            boolean byState = EventTypes.AIR_STRIKE.equals(hit.trigger().subEventType())
                    || EventTypes.CHEMICAL_WEAPON.equals(hit.trigger().subEventType());
            ActorRef most = byState
                    ? mostNamed(cx, null, a -> isStateForce(a) && !heldOnly.contains(a.id()))
                    : mostNamed(cx, null, a -> !heldOnly.contains(a.id()));
            actor1 = most != null && holders.stream().anyMatch(h -> h.id().equals(most.id())) ? null : most;
        }
        if (fighting && actor2 == null) {
            ActorRef first = actor1;
            ActorRef ally = partner;
            java.util.function.Predicate<ActorRef> notAlly = a -> ally == null || !a.id().equals(ally.id());
            actor2 = holders.stream().filter(a -> first == null || !a.id().equals(first.id()) && !related(a, first))
                    .filter(notAlly).findFirst()
                    .orElseGet(() -> first == null ? null : mostNamed(cx, first, notAlly));
        }
        ActorRef victimsGroup = null;
        if (violenceAgainstCivilians) {
            victimsGroup = actor2 != null && actor2.record() != null && actor2.record().kind() == ActorKind.GENERIC
                    ? null : actor2;
            actor2 = civilians(cx, after);
        }
        ActorRef assoc1 = strikers.size() > 1 ? strikers.get(1) : associated(cx, actor1, after, actor2);
        if (assoc1 == null && listed.size() > 1 && actor1 != null && actor1.id().equals(listed.get(0).id())) {
            assoc1 = listed.get(1); // ونفذت الولايات المتحدة وفرنسا وبريطانيا: the allies of the first
        }
        if (assoc1 == null && partner != null && strikers.isEmpty() && !partner.id().equals(actor1.id())) {
            assoc1 = partner;
        }
        ActorRef assoc2 = violenceAgainstCivilians ? null : associated(cx, actor2, null, actor1);
        return new Filled(actor1, actor2, assoc1, assoc2, victimsGroup, violenceAgainstCivilians);
    }

    /** How many words a PART_OF or ALLIED_WITH word may stand from the actors it links. */
    private static final int ASSOCIATION_REACH = 1;
    /** How many words after an ALLIED_WITH word ({@code بدعم من الطيران الروسي}) the ally may stand. */
    private static final int ALLY_REACH = 3;

    /**
     * The actor associated with {@code side}: the body it belongs to, named right after it ({@code X التابع لـY}),
     * else, for actor 1, an ally the clause names after a word of support ({@code بدعم من Y}، {@code بمشاركة Y}).
     * ACLED: allies go in assoc_actor.
     */
    private ActorRef associated(ReportContext cx, ActorRef side, Span clause, ActorRef other) {
        if (side == null || side.field() != TextField.TEXT) {
            return null;
        }
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int k = nextWord(tokens, body.tokenAtOrAfter(side.span().end()), ASSOCIATION_REACH + 1,
                org.marsad.model.RelationType.PART_OF);
        ActorRef found = k < 0 ? null : actorAfter(cx, body.originalStart(k), ASSOCIATION_REACH + 1);
        if (found == null && clause != null) {
            int from = body.tokenAtOrAfter(clause.start());
            for (int t = from; t < tokens.size() && body.originalStart(t) < clause.end() && found == null; t++) {
                if (relationOf(tokens.get(t)) == org.marsad.model.RelationType.ALLIED_WITH) {
                    found = actorAfter(cx, body.originalStart(t), ALLY_REACH + 1);
                }
            }
        }
        boolean distinct = found != null && !found.id().equals(side.id()) && (other == null || !found.id().equals(other.id()));
        return distinct ? found : null;
    }

    /** Whether a PART_OF or ALLIED_WITH word stands right before the mention ({@code التابع لـY}، {@code بدعم من Y}). */
    private boolean linkedToPrevious(ReportContext cx, ActorRef a) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int words = 0;
        for (int k = body.tokenAtOrAfter(a.span().start()) - 1; k >= 0 && words < ALLY_REACH; k--) {
            if (!tokens.get(k).isWord()) {
                continue;
            }
            words++;
            org.marsad.model.RelationType type = relationOf(tokens.get(k));
            if (type == org.marsad.model.RelationType.ALLIED_WITH
                    || type == org.marsad.model.RelationType.PART_OF && words <= ASSOCIATION_REACH + 1) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first of the next {@code words} words from {@code from} that is a word of {@code type}, or -1. */
    private int nextWord(List<Token> tokens, int from, int words, org.marsad.model.RelationType type) {
        int seen = 0;
        for (int t = from; t < tokens.size() && seen < words; t++) {
            if (tokens.get(t).isWord()) {
                seen++;
                if (relationOf(tokens.get(t)) == type) {
                    return t;
                }
            }
        }
        return -1;
    }

    private org.marsad.model.RelationType relationOf(Token t) {
        if (!t.isWord()) {
            return null;
        }
        for (org.marsad.text.Proclitics.Reading r : t.readings()) {
            org.marsad.model.RelationType type = relationWords.get(r.form());
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    /** The armed actor whose mention starts within {@code words} words after {@code offset}, or {@code null}. */
    private static ActorRef actorAfter(ReportContext cx, int offset, int words) {
        for (ActorRef a : cx.actors()) {
            if (a.field() == TextField.TEXT && a.span().start() > offset && a.armed()
                    && tokensBetween(cx, offset, a.span().start()) <= words) {
                return a;
            }
        }
        return null;
    }

    /**
     * The armed actor the report names most, other than {@code not} and its allies, units and parents: the
     * side an event without a named actor most likely involves (inferred; the event's confidence says so).
     */
    private ActorRef mostNamed(ReportContext cx, ActorRef not) {
        return mostNamed(cx, not, a -> true);
    }

    /** {@link #mostNamed(ReportContext, ActorRef)} among the actors {@code allowed} admits. */
    private ActorRef mostNamed(ReportContext cx, ActorRef not, java.util.function.Predicate<ActorRef> allowed) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        java.util.Map<String, ActorRef> first = new java.util.HashMap<>();
        for (ActorRef a : cx.actors()) {
            if (a.armed() && allowed.test(a) && (not == null || !a.id().equals(not.id()) && !related(a, not))) {
                counts.merge(a.id(), 1, Integer::sum);
                first.putIfAbsent(a.id(), a);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> first.get(e.getKey())).orElse(null);
    }

    private static boolean isStateForce(ActorRef a) {
        return a.record() != null && a.record().kind() == ActorKind.STATE;
    }

    /** Whether the registry links the two actors (either way): allies, a unit and its parent, a merger. */
    private boolean related(ActorRef a, ActorRef b) {
        if (a.record() == null || b.record() == null) {
            return false;
        }
        if (a.record().country() != null && a.record().country().equals(b.record().country())
                && a.record().kind() == ActorKind.STATE && b.record().kind() == ActorKind.STATE) {
            return true;
        }
        for (org.marsad.knowledge.actors.ActorLink l : registry.linksFrom(a.record().id())) {
            if (l.targetId().equals(b.record().id())) {
                return true;
            }
        }
        for (org.marsad.knowledge.actors.ActorLink l : registry.linksFrom(b.record().id())) {
            if (l.targetId().equals(a.record().id())) {
                return true;
            }
        }
        return false;
    }

    private static List<ActorRef> inSentence(ReportContext cx, Span sentence) {
        return armed(cx, sentence);
    }

    /** Whether a holder word stands right before the mention: {@code الخاضعة لسيطرة X}، {@code التي تسيطر عليها X}. */
    private boolean holds(ReportContext cx, ActorRef a) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int words = 0;
        for (int k = body.tokenAtOrAfter(a.span().start()) - 1; k >= 0 && words < HOLDER_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            for (org.marsad.text.Proclitics.Reading r : t.readings()) {
                if (lexicon.isHolderWord(r.form())) {
                    return true;
                }
            }
        }
        // "جيش الإسلام" الذي يسيطر على دوما: the holder named before its verb of holding
        List<Token> next = ClauseWords.after(tokens, body.tokenAtOrAfter(a.span().end()), 2);
        return next.size() == 2 && ClauseWords.reads(next.get(0), RELATIVES::contains)
                && ClauseWords.reads(next.get(1), HOLDING_VERBS::contains);
    }

    /** الذي، التي (folded): a relative clause after an actor. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("\u0627\u0644\u0630\u064A",
            "\u0627\u0644\u062A\u064A");
    /** يسيطر، تسيطر: the verb of holding a place, in a relative clause after its holder. */
    private static final java.util.Set<String> HOLDING_VERBS = java.util.Set.of("\u064A\u0633\u064A\u0637\u0631",
            "\u062A\u0633\u064A\u0637\u0631");

    /** Armed actors (groups, state forces, new groups) whose mentions lie in {@code region} of the body. */
    private static List<ActorRef> armed(ReportContext cx, Span region) {
        List<ActorRef> out = new ArrayList<>();
        for (ActorRef a : cx.actors()) {
            if (a.field() == TextField.TEXT && region.contains(a.span()) && a.armed()) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The state forces a bare country name stands for when it follows a verb of fighting as its subject ({@code
     * قصفت إسرائيل}، {@code شنت تركيا غارات}; the registry's short form of the state's forces), or {@code null}.
     * A country after a preposition ({@code في تركيا}) or after a noun ({@code قصف تركيا}, which may be its
     * object) is not read.
     */
    private ActorRef stateNamedByItsCountry(ReportContext cx, EventExtractor.Hit hit) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        // شنت تركيا (أمس) غارات: between a verb of launching and the trigger
        int before = previousWord(tokens, hit.start());
        for (int k = 0; k < 2 && before >= 0; k++, before = previousWord(tokens, before)) {
            int verb = previousWord(tokens, before);
            ActorRef state = verb >= 0 && ClauseWords.reads(tokens.get(verb), LAUNCH_VERBS::contains)
                    ? stateOf(cx, tokens.get(before)) : null;
            if (state != null) {
                return state;
            }
        }
        // قصفت إسرائيل مواقع، استهدفت روسيا البلدة بغارات: right after a verb of fighting (the trigger, or the
        // weaker verb it displaced)
        int at = body.tokenAtOrAfter(hit.clauseStart());
        if (at > 0 && body.originalStart(at - 1) < hit.clauseStart() && tokens.get(at - 1).isWord()) {
            at--; // the displaced verb carries a proclitic (واستهدفت): its token starts before the clause
        }
        int t = -1;
        if (at < hit.start() && at < tokens.size() && verbWithSubjectAfter(tokens.get(at).text())) {
            t = at + 1;
        } else if (VERBS.contains(hit.trigger().form()) && (hit.proclitic().isEmpty()
                || hit.proclitic().equals("\u0648") || hit.proclitic().equals("\u0641"))) {
            t = hit.end();
        }
        if (t < 0) {
            return null;
        }
        while (t < tokens.size() && !tokens.get(t).isWord()) {
            if (tokens.get(t).isPunct('.') || tokens.get(t).isPunct(',') || tokens.get(t).isPunct('\u060C')) {
                return null;
            }
            t++;
        }
        return t < tokens.size() ? stateOf(cx, tokens.get(t)) : null;
    }

    /** Whether a word is one of {@link #VERBS}, bare or after و/ف. */
    private static boolean verbWithSubjectAfter(String word) {
        String w = word.startsWith("\u0648") || word.startsWith("\u0641") ? word.substring(1) : word;
        return VERBS.contains(word) || VERBS.contains(w);
    }

    /** How many words after the trigger a verb of launching it may stand ({@code العملية العسكرية التي تشنها}). */
    private static final int LAUNCHED_REACH = 4;
    /** Verbs of launching with the trigger as their object pronoun: تشنه، يشنها، شنتها، تنفذه، نفذتها. */
    private static final java.util.Set<String> LAUNCHED_BY = java.util.Set.of(
            "\u062A\u0634\u0646\u0647", "\u064A\u0634\u0646\u0647", "\u062A\u0634\u0646\u0647\u0627",
            "\u064A\u0634\u0646\u0647\u0627", "\u0634\u0646\u062A\u0647", "\u0634\u0646\u062A\u0647\u0627",
            "\u0634\u0646\u0647", "\u0634\u0646\u0647\u0627", "\u062A\u0646\u0641\u0630\u0647",
            "\u064A\u0646\u0641\u0630\u0647", "\u062A\u0646\u0641\u0630\u0647\u0627",
            "\u064A\u0646\u0641\u0630\u0647\u0627", "\u0646\u0641\u0630\u062A\u0647",
            "\u0646\u0641\u0630\u062A\u0647\u0627", "\u0646\u0641\u0630\u0647", "\u0646\u0641\u0630\u0647\u0627");

    /**
     * The states named after a verb that launches the trigger and takes it back as its object ({@code العملية
     * العسكرية التي تشنها تركيا}، {@code الضربات التي شنتها الولايات المتحدة وبريطانيا وفرنسا}), in order, the first
     * right after the verb; empty when no country follows it.
     */
    private List<ActorRef> statesLaunchingIt(ReportContext cx, EventExtractor.Hit hit) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int verb = -1;
        for (int k = hit.end(), words = 0; k < tokens.size() && words < LAUNCHED_REACH && verb < 0; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.isPunct('.') || t.isPunct(',') || t.isPunct('\u060C')) {
                    return List.of();
                }
                continue;
            }
            words++;
            verb = LAUNCHED_BY.contains(t.text()) ? k : -1;
        }
        int next = verb + 1;
        while (verb >= 0 && next < tokens.size() && !tokens.get(next).isWord()) {
            next++;
        }
        if (verb < 0 || next >= tokens.size()) {
            return List.of();
        }
        int from = body.originalStart(next);
        Span sentence = body.sentenceAt(from);
        List<ActorRef> states = countriesIn(cx, new Span(from, sentence.end()));
        if (states.isEmpty() || states.get(0).span().start() > from + 1) {
            return List.of();
        }
        // وبريطانيا وفرنسا: only the countries joined to the first by و, one right after the other
        List<ActorRef> joined = new ArrayList<>(List.of(states.get(0)));
        for (int k = 1; k < states.size(); k++) {
            int gap = states.get(k).span().start() - joined.get(joined.size() - 1).span().end();
            if (gap > 2) {
                break;
            }
            joined.add(states.get(k));
        }
        return joined;
    }

    /** How many words a verb of launching may stand before the trigger with the countries it names between. */
    private static final int LAUNCH_REACH = 8;

    /**
     * The states a clause names by their countries between a verb of launching and the trigger, joined by و
     * ({@code ونفذت الولايات المتحدة وفرنسا وبريطانيا ضربات}), in order; empty when the words between are
     * anything but those countries and words of time.
     */
    private List<ActorRef> statesListed(ReportContext cx, EventExtractor.Hit hit) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int verb = -1;
        for (int k = previousWord(tokens, hit.start()), n = 0; k >= 0 && n < LAUNCH_REACH; k = previousWord(tokens, k), n++) {
            if (ClauseWords.reads(tokens.get(k), LAUNCH_VERBS::contains)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return List.of();
        }
        if (tokens.get(verb).text().startsWith(BI)) {
            // اتهمت دمشق إسرائيل (في التاسع من نيسان) بشن غارة: the state accused of launching it
            int from = verb;
            for (int k = verb - 1; k >= Math.max(0, verb - ACCUSED_REACH); k--) {
                Token t = tokens.get(k);
                if (t.isPunct('.') || t.isPunct(',') || t.isPunct('\u060C')) {
                    break;
                }
                from = k;
            }
            List<ActorRef> named = countriesIn(cx, new Span(body.originalStart(from), body.originalStart(verb)));
            if (named.isEmpty()) {
                return List.of();
            }
            ActorRef state = named.get(named.size() - 1);
            // اتهمت روسيا المسلحين بشن هجمات: only a date (and its في) may stand between the accused and بشن
            for (int k = body.tokenAtOrAfter(state.span().end()); k < verb; k++) {
                int at = body.originalStart(k);
                Token t = tokens.get(k);
                if (t.isWord() && !PREPOSITIONS.contains(t.text())
                        && cx.dates().stream().noneMatch(d -> d.span().start() <= at && at < d.span().end())) {
                    return List.of();
                }
            }
            return List.of(state);
        }
        Span between = new Span(body.originalStart(verb + 1), body.originalStart(hit.start()));
        List<ActorRef> states = countriesIn(cx, between);
        // nothing but the countries and a date between (one word more allowed): ونفذت الولايات المتحدة وفرنسا
        // فجر السبت ضربات
        int others = 0;
        for (int k = verb + 1; k < hit.start(); k++) {
            Token w = tokens.get(k);
            int from = body.originalStart(k);
            int to = from + w.text().length();
            if (w.isWord() && states.stream().noneMatch(a -> a.span().start() < to && from < a.span().end())
                    && cx.dates().stream().noneMatch(d -> d.span().start() <= from && from < d.span().end())) {
                others++;
            }
        }
        return others <= 1 ? states : List.of();
    }

    /** How many tokens before {@code بشن} the accused state may stand. */
    private static final int ACCUSED_REACH = 8;
    private static final String BI = "\u0628";

    /** The states whose countries the span names, in text order. */
    private List<ActorRef> countriesIn(ReportContext cx, Span span) {
        AnalyzedText body = cx.body();
        List<ActorRef> states = new ArrayList<>();
        for (org.marsad.geocode.ResolvedPlace p : cx.places()) {
            if (p.entry().kind() != org.marsad.geocode.gazetteer.PlaceKind.COUNTRY) {
                continue;
            }
            for (org.marsad.recognize.PlaceMention m : p.mentions()) {
                if (m.field() != TextField.TEXT || !span.contains(m.span())) {
                    continue;
                }
                for (org.marsad.knowledge.actors.ActorRecord r : registry.byShortForm(m.span().of(body.original()))) {
                    if (r.kind() == ActorKind.STATE && r.country() != null) {
                        states.add(new ActorRef(r, r.name(), TextField.TEXT, m.span(), false));
                        break;
                    }
                }
            }
        }
        states.sort(java.util.Comparator.comparing(ActorRef::span));
        return states;
    }

    /** The state forces a bare country name ({@code تركيا}) stands for, or {@code null}; the word as written, no proclitic. */
    private ActorRef stateOf(ReportContext cx, Token w) {
        Span at = cx.body().text().toOriginal(w.start(), w.end());
        boolean country = cx.places().stream().anyMatch(p -> p.entry().kind() == org.marsad.geocode.gazetteer.PlaceKind.COUNTRY
                && p.mentions().stream().anyMatch(m -> m.field() == TextField.TEXT && m.span().equals(at)));
        if (!country) {
            return null; // الجيش، الشرطة: short forms, but no country's name
        }
        for (org.marsad.knowledge.actors.ActorRecord r : registry.byShortForm(w.text())) {
            if (r.kind() == ActorKind.STATE && r.country() != null) {
                return new ActorRef(r, r.name(), TextField.TEXT, at, false);
            }
        }
        return null;
    }

    private static int previousWord(List<Token> tokens, int from) {
        for (int k = from - 1; k >= 0; k--) {
            if (tokens.get(k).isWord()) {
                return k;
            }
            if (tokens.get(k).isPunct('.') || tokens.get(k).isPunct(',') || tokens.get(k).isPunct('\u060C')) {
                return -1;
            }
        }
        return -1;
    }

    /** The armed actor named right before {@code a} that {@code a} is joined to by و ({@code X وY}), or {@code null}. */
    private static ActorRef conjunctBefore(ReportContext cx, ActorRef a) {
        if (!joinedByWaw(cx, a)) {
            return null;
        }
        ActorRef best = null;
        for (ActorRef b : cx.actors()) {
            if (b.field() == a.field() && b.armed() && b.span().end() <= a.span().start() && !b.id().equals(a.id())
                    && onlySpaceBetween(cx, b.span().end(), a.span().start() - 1)) {
                best = b;
            }
        }
        return best;
    }

    /** The armed actor named right after {@code a}, joined to it by و ({@code X وY}), or {@code null}. */
    private static ActorRef conjunctAfter(ReportContext cx, ActorRef a) {
        for (ActorRef b : cx.actors()) {
            if (b.field() == a.field() && b.armed() && b.span().start() > a.span().end() && !b.id().equals(a.id())
                    && joinedByWaw(cx, b) && onlySpaceBetween(cx, a.span().end(), b.span().start() - 1)) {
                return b;
            }
        }
        return null;
    }

    /** Whether the mention carries a و of its own ({@code والفصائل}، {@code و"جيش النصر"}). */
    private static boolean joinedByWaw(ReportContext cx, ActorRef a) {
        String text = cx.body().original();
        int k = a.span().start() - 1;
        while (k >= 0 && (text.charAt(k) == '"' || text.charAt(k) == '\u00AB' || text.charAt(k) == '\u0640')) {
            k--;
        }
        return k >= 0 && text.charAt(k) == '\u0648' && (k == 0 || !Character.isLetter(text.charAt(k - 1)));
    }

    private static boolean onlySpaceBetween(ReportContext cx, int from, int to) {
        String text = cx.body().original();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u00BB' && c != '\u00AB') {
                return false;
            }
        }
        return from <= to;
    }

    private static ActorRef distinct(List<ActorRef> candidates, ActorRef not) {
        for (ActorRef a : candidates) {
            if (!a.id().equals(not.id())) {
                return a;
            }
        }
        return null;
    }

    /** The last two distinct armed actors named before {@code offset}: what "both sides" refers to. */
    private static List<ActorRef> lastTwoArmed(ReportContext cx, int offset) {
        List<ActorRef> out = new ArrayList<>();
        List<ActorRef> all = cx.actors();
        for (int i = all.size() - 1; i >= 0 && out.size() < 2; i--) {
            ActorRef a = all.get(i);
            if (a.field() == TextField.TEXT && a.span().end() <= offset && a.armed()
                    && out.stream().noneMatch(o -> o.id().equals(a.id()))) {
                out.add(0, a);
            }
        }
        return out;
    }

    /** The generic civilians of the report's country (or a named civilian group in the clause). */
    private ActorRef civilians(ReportContext cx, Span after) {
        for (ActorRef a : cx.actors()) {
            if (a.field() == TextField.TEXT && after.contains(a.span()) && a.record() != null
                    && a.record().kind() == ActorKind.GENERIC) {
                return a;
            }
        }
        String country = cx.focus() == null ? "SY" : cx.focus();
        org.marsad.knowledge.actors.ActorRecord r = civilians.get(country);
        return r == null ? null : new ActorRef(r, r.name(), TextField.TEXT, after, false);
    }

    private static int wordIndex(ReportContext cx, Span region, String word) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        for (int i = body.tokenAtOrAfter(region.start()); i < tokens.size() && body.originalStart(i) < region.end(); i++) {
            Token t = tokens.get(i);
            if (t.isWord() && (t.text().equals(word) || t.text().endsWith(word) && t.text().length() == word.length() + 1)) {
                return body.originalStart(i);
            }
        }
        return -1;
    }

    /**
     * The last actor before the trigger that can be its subject: one governed by a preposition
     * ({@code لفصائل الجيش الحر}، {@code من "جيش النصر"}) is passed over unless all are.
     */
    private static ActorRef lastSubject(ReportContext cx, List<ActorRef> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!oblique(cx, before.get(i))) {
                return before.get(i);
            }
        }
        return before.get(before.size() - 1);
    }

    private static boolean oblique(ReportContext cx, ActorRef a) {
        String text = cx.body().original();
        int k = a.span().start() - 1;
        while (k >= 0 && (text.charAt(k) == '"' || text.charAt(k) == '\u00AB' || text.charAt(k) == '\u0640')) {
            k--;
        }
        if (k >= 0 && Character.isLetter(text.charAt(k))) {
            char c = text.charAt(k);
            boolean lone = k == 0 || !Character.isLetter(text.charAt(k - 1));
            return (c == '\u0644' || c == '\u0628') && (lone || k == a.span().start() - 1);
        }
        AnalyzedText body = cx.body();
        int t = body.tokenAtOrAfter(a.span().start()) - 1;
        while (t >= 0 && !body.tokens().get(t).isWord()) {
            t--;
        }
        return t >= 0 && PREPOSITIONS.contains(body.tokens().get(t).text());
    }

    /** Whether a word that introduces the target ({@code بحق}، {@code ضد}، {@code على}) stands in [from, to). */
    private static boolean hasObjectWord(ReportContext cx, int from, int to) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        for (int i = body.tokenAtOrAfter(from); i < tokens.size() && body.originalStart(i) < to; i++) {
            if (tokens.get(i).isWord() && OBJECT_WORDS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static int tokensBetween(ReportContext cx, int from, int to) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int n = 0;
        for (int i = body.tokenAtOrAfter(from); i < tokens.size() && body.originalStart(i) < to; i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }
}
