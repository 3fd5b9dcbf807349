package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.geocode.gazetteer.Country;
import org.marsad.geocode.gazetteer.Gazetteer;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.geocode.gazetteer.PlaceKind;
import org.marsad.knowledge.actors.ActorRegistry;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.TextField;
import org.marsad.recognize.PhraseIndex;
import org.marsad.recognize.PlaceCue;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Proclitics;
import org.marsad.text.Token;
import org.marsad.text.dates.DateMention;

/**
 * Turns trigger words into ACLED events, clause by clause. A sentence is cut at its triggers: each trigger
 * owns the words up to the next one, and takes from them (or, failing that, from the words before it, then
 * from the sentence, then from the report) its place, date, actors and fatalities. A list of places is one
 * event per place (ACLED: an event is one day at one place). The same event retold is kept once, with all its
 * evidence. A fight told as going on since a day of the past week ({@code منذ الأحد}) is one event per day
 * since. Immutable; may be shared between threads.
 */
public final class EventExtractor {

    /** How many words before a trigger a negation reaches ({@code لم تسيطر}، {@code بهدف إنهاء حالة الاقتتال}). */
    private static final int NEGATION_REACH = 3;
    /** How far after a weak trigger a strong one still takes its place ({@code هجوم ... مستخدما سيارة مفخخة}). */
    private static final int WEAK_SHADOW = 12;
    /**
     * An event the report does not date is coded this many days before the report, with week precision:
     * news reports what happened the day before more often than anything else (the most frequent relative
     * date is أمس).
     */
    private static final int UNDATED_LAG_DAYS = 1;
    /** The longest stated span that is coded day by day. */
    private static final int MAX_SPAN_DAYS = 7;
    /** خلال، طوال، طيلة، مدى (على مدى) (folded): before a span, the time the fighting lasted. */
    private static final java.util.Set<String> DURATION_WORDS = java.util.Set.of(
            "\u062E\u0644\u0627\u0644", "\u0637\u0648\u0627\u0644", "\u0637\u064A\u0644\u0647",
            "\u0645\u062F\u064A");
    private static final String NON_STATE_TAKES = "Non-state actor overtakes territory";
    private static final String GOVERNMENT_REGAINS = "Government regains territory";
    private static final String SINCE = "\u0645\u0646\u0630"; // منذ
    private static final String DAY_WORD = "\u064A\u0648\u0645"; // يوم
    /** الأحد … السبت, folded as {@code ArabicNormalizer.key} folds them. */
    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("\u0627\u0644\u0627\u062D\u062F",
            "\u0627\u0644\u0627\u062B\u0646\u064A\u0646", "\u0627\u0644\u062B\u0644\u0627\u062B\u0627\u0621",
            "\u0627\u0644\u0627\u0631\u0628\u0639\u0627\u0621", "\u0627\u0644\u062E\u0645\u064A\u0633",
            "\u0627\u0644\u062C\u0645\u0639\u0647", "\u0627\u0644\u0633\u0628\u062A");
    /** The proclitics that join a trigger to the one before it: و (and), ب (with, by means of). */
    private static final String WAW = "\u0648";
    private static final String BI = "\u0628";
    /**
     * Two triggers of one type this close (in tokens) tell one event ({@code سيارة مفخخة وأحزمة ناسفة}), unless
     * words stand between them and the second is joined by و ({@code قصف سوري وغارات روسية}).
     */
    private static final int SAME_EVENT_GAP = 3;

    private final EventLexicon lexicon;
    private final Gazetteer gazetteer;
    private final Roles roles;
    private final CampaignStarts campaignStarts;

    public EventExtractor(EventLexicon lexicon, Gazetteer gazetteer, ActorRegistry registry) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.roles = new Roles(Objects.requireNonNull(registry, "registry"), lexicon);
        this.campaignStarts = new CampaignStarts(lexicon);
    }

    /**
     * A trigger found in the body: where it stands (tokens, original span) and what it says. Its clause starts
     * at {@code clauseStart}: the trigger itself, or the weak trigger it displaced ({@code الهجوم ... بسيارة مفخخة}).
     */
    record Hit(int start, int end, Trigger trigger, Span span, int clauseStart, String proclitic) {
        Hit withClauseStart(int at) {
            return new Hit(start, end, trigger, span, Math.min(at, clauseStart), proclitic);
        }

        /** The same words read as {@code other} says: an attack whose weapon names its kind. */
        Hit as(Trigger other) {
            return new Hit(start, end, other, span, clauseStart, proclitic);
        }
    }

    public List<Event> extract(ReportContext cx) {
        AnalyzedText body = cx.body();
        List<Hit> hits = hits(cx);
        List<Integer> breaks = clauseBreaks(body);
        EventPlaces.Mentions placeMentions = EventPlaces.mentions(cx);
        List<DateMention> eventDates = cx.dates().stream().filter(d -> !campaignStarts.startOfOngoing(body, d)).toList();
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Event> vague = new LinkedHashMap<>();
        List<Retelling> anaphors = new ArrayList<>();
        List<Span> afters = new ArrayList<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            Span sentence = body.sentenceAt(hit.span().start());
            int end = sentence.end();
            if (h + 1 < hits.size()) {
                end = Math.min(end, Math.max(hit.span().end(), hits.get(h + 1).clauseStart()));
            }
            end = Math.min(end, nextBreak(breaks, hit.span().end(), end));
            afters.add(new Span(hit.clauseStart(), Math.max(hit.clauseStart(), end)));
        }
        for (int h = 0; h < hits.size(); h++) {
            hits.set(h, flown(body, hits.get(h)));
        }
        Tolls tolls = new Tolls(cx, lexicon, campaignStarts, hits, afters);
        Roles.Held held = roles.held(cx);
        ActorRef previous = null;
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            Span sentence = body.sentenceAt(hit.span().start());
            int start = sentence.start();
            if (h > 0 && hits.get(h - 1).span().end() <= hit.clauseStart()) {
                start = Math.max(start, hits.get(h - 1).span().end());
            }
            start = Math.max(start, previousBreak(breaks, hit.clauseStart(), start));
            Span after = afters.get(h);
            Span before = new Span(Math.min(start, hit.clauseStart()), hit.clauseStart());

            // the rest of the sentence up to the next trigger's clause: a consequence told there (مما أدى إلى
            // أضرار في حمورية) says where, when nothing nearer does
            int restEnd = h + 1 < hits.size() ? Math.min(sentence.end(), hits.get(h + 1).clauseStart()) : sentence.end();
            Span rest = new Span(after.end(), Math.max(after.end(), restEnd));
            EventPlaces.Mentions placeable = placeMentions;
            int destination = EventTypes.NON_VIOLENT_TRANSFER.equals(hit.trigger().subEventType())
                    ? destinationAt(body, after) : -1;
            if (destination >= 0) {
                // خروجا من المدينة باتجاه مناطق التنظيم في الرقة: ground is given up where it is left, not where
                // the fighters go
                placeable = placeMentions.outside(new Span(destination, Math.max(destination, rest.end())));
            }
            List<EventPlaces.PlacedMention> where = EventPlaces.places(placeable, after, before, sentence, rest, cx);
            if (joinedToNext(hits, h) && where.stream().noneMatch(p -> after.contains(p.span()))) {
                // قصف سوري وغارات روسية على مسرابا وجسرين: the places after the second are the first's too
                Span both = new Span(after.start(), Math.max(after.end(), afters.get(h + 1).end()));
                where = EventPlaces.places(placeable, both, before, sentence, cx);
            }
            DateMention launched = campaignStarts.launchDate(body, hit, cx.dates());
            DateMention when = launched != null ? launched : date(eventDates, after, before, sentence);
            if (when != null && when.date().isAfter(cx.reportDate())) {
                if (!when.relative()) {
                    continue; // الانتخابات المقررة في تشرين الثاني 2019: what is yet to come is no event
                }
                when = aYearEarlier(when); // 27 أبريل in a report of 10 April: the April before
            }
            Span none = new Span(after.start(), after.start());
            boolean pastAfter = pastYearOnly(cx, after) && date(eventDates, after, none, none) == null;
            boolean pastBefore = pastYearOnly(cx, before) && date(eventDates, after, before, none) == null;
            if (launched == null && (pastAfter || pastBefore)) {
                continue; // انسحبت القوات من عفرين عام 2012: a past year alone dates no event of the report
            }
            Roles.Filled who = roles.fill(cx, hit, after, before, sentence,
                    h > 0 && hits.get(h - 1).span().start() >= sentence.start() ? previous : null, held);
            previous = who.actor1() != null ? who.actor1() : previous;
            int fatalities = tolls.of(h);
            boolean fighting = EventTypes.BATTLES.equals(hit.trigger().eventType())
                    || EventTypes.EXPLOSIONS.equals(hit.trigger().eventType());
            List<LocalDate> days = fighting ? days(body, when) : List.of();
            DateMention since = fighting && launched == null ? since(cx, after, before, sentence) : null;
            if (since != null) {
                // ومنذ الأحد، يستهدف النظام الغوطة بحملة قصف: fighting every day from then until the report
                days = daysSince(since.startDate(), cx.reportDate());
                when = since;
            }
            // ACLED: a five-day battle is five events, and clashes in three villages are three; a total told for
            // several of them is spread evenly, any remainder on the first
            int parts = where.size() * Math.max(1, days.size());
            int part = 0;
            boolean anaphor = when == null && refersBack(body, hit);
            boolean placeless = when == null && where.stream().noneMatch(p -> sentence.contains(p.span()));
            boolean retelling = placeless && !namedIn(who.actor1(), sentence);
            for (EventPlaces.PlacedMention p : where) {
                for (int d = 0; d < Math.max(1, days.size()); d++) {
                    int share = fatalities / parts + (part++ == 0 ? fatalities % parts : 0);
                    Event e = event(cx, hit, p, when, days.size() < 2 ? null : days.get(d), who, share, sentence);
                    Event earlier = anaphor ? toldBefore(events.values(), e, hit.span().start()) : null;
                    if (earlier != null && sentence.contains(p.span()) && !earlier.location().equals(e.location())) {
                        earlier = null; // الهجوم على حيش after strikes on Kafr Nabl: ACLED, one event per place
                    }
                    if (earlier == null && placeless && !retelling) {
                        // وتأتي هذه الضربات الإسرائيلية بعد...: the same side's same deed, told again without where or
                        // when, is the deed told before
                        earlier = sameDeedBefore(events.values(), e, hit.span().start());
                    }
                    if (earlier != null) {
                        // هذا الهجوم، الهجوم الكيماوي: the attack the report has told already
                        anaphors.add(new Retelling(earlier, e));
                    } else {
                        (retelling ? vague : events).merge(key(e), e, EventExtractor::mergeEvidence);
                    }
                }
            }
        }
        for (Retelling r : anaphors) {
            Event told = events.get(key(r.of()));
            if (told != null) {
                events.put(key(told), withEvidenceOf(told, r.telling()));
            }
        }
        for (Event v : vague.values()) {
            Event told = retold(events.values(), v);
            if (told != null) {
                events.put(key(told), withEvidenceOf(told, v));
            } else {
                events.merge(key(v), v, EventExtractor::mergeEvidence);
            }
        }
        return mergeVague(mergeUnattributed(new ArrayList<>(events.values())));
    }

    /** The same day a year earlier: a day and month told without their year, past the report's date. */
    private static DateMention aYearEarlier(DateMention d) {
        return new DateMention(d.date().minusYears(1), d.endDate().minusYears(1), d.timePrecision(), d.relative(),
                d.span(), d.startDate().minusYears(1));
    }

    /** Words before a bare year that make it one: عام 2012، في العام 2007، سنة 2011، في 2012. */
    private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of("\u0639\u0627\u0645",
            "\u0627\u0644\u0639\u0627\u0645", "\u0633\u0646\u0647", "\u0627\u0644\u0633\u0646\u0647",
            "\u0639\u0627\u0645\u064A", "\u0641\u064A");

    /**
     * Whether the clause dates itself by a year before the report's alone ({@code انسحبت القوات من عفرين عام
     * 2012}, {@code قصفت إسرائيل مفاعلا في عام 2007}): ACLED codes no event known only to its year, and one of a
     * past year is the report's background.
     */
    private static boolean pastYearOnly(ReportContext cx, Span clause) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        int reportYear = cx.reportDate().getYear();
        for (int k = body.tokenAtOrAfter(clause.start()); k < tokens.size() && body.originalStart(k) < clause.end(); k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !allDigits(t.text())) {
                continue; // 1,20 and 1.50 are no years
            }
            int year = Integer.parseInt(t.text());
            if (year < 1900 || year >= reportYear) {
                continue;
            }
            // عام 2012، في 2012; not المحاصرة منذ عام 2013: the year a state began, not the event's
            List<Token> prior = ClauseWords.before(tokens, k, 2);
            boolean since = prior.stream().anyMatch(w -> ClauseWords.reads(w, SINCE::equals));
            if (!since && !prior.isEmpty() && ClauseWords.reads(prior.get(0), YEAR_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** How many words before and after a shelling its aircraft may be named. */
    private static final int AIRCRAFT_BEFORE = 4;
    private static final int AIRCRAFT_AFTER = 3;

    /**
     * The hit as an air strike when it tells a shelling by aircraft ({@code قصفت الطائرات الحربية}، {@code قصف
     * الطيران}، {@code الطائرات الروسية استهدفت}): ACLED codes strikes from the air as air or drone strikes.
     */
    private Hit flown(AnalyzedText body, Hit hit) {
        if (!EventTypes.SHELLING.equals(hit.trigger().subEventType())) {
            return hit;
        }
        List<Token> tokens = body.tokens();
        boolean aircraft = ClauseWords.before(tokens, hit.start(), AIRCRAFT_BEFORE).stream()
                .anyMatch(t -> ClauseWords.reads(t, lexicon::isAircraft))
                || ClauseWords.after(tokens, hit.end(), AIRCRAFT_AFTER).stream()
                .anyMatch(t -> ClauseWords.reads(t, lexicon::isAircraft));
        Trigger t = hit.trigger();
        return aircraft ? hit.as(new Trigger(t.form(), t.eventType(), EventTypes.AIR_STRIKE, t.strong())) : hit;
    }

    /** باتجاه، نحو، إلى، صوب (folded): the words that turn to where a withdrawal goes. */
    private static final java.util.Set<String> TOWARDS = java.util.Set.of("\u0628\u0627\u062A\u062C\u0627\u0647",
            "\u0646\u062D\u0648", "\u0627\u0644\u064A", "\u0635\u0648\u0628");

    /** Where, in the clause, the first word of direction stands (its original offset), or -1. */
    private static int destinationAt(AnalyzedText body, Span clause) {
        List<Token> tokens = body.tokens();
        for (int k = body.tokenAtOrAfter(clause.start()); k < tokens.size() && body.originalStart(k) < clause.end(); k++) {
            if (ClauseWords.reads(tokens.get(k), TOWARDS::contains)) {
                return body.originalStart(k);
            }
        }
        return -1;
    }

    /**
     * The nearest event told before {@code offset} of the same sub-event type by the same actor 1 (or by none):
     * what a telling without a place or date of its own retells; {@code null} when there is none.
     */
    private static Event sameDeedBefore(java.util.Collection<Event> events, Event telling, int offset) {
        return nearestBefore(events, offset, e -> e.subEventType().equals(telling.subEventType())
                && (e.actor1().isEmpty() || e.actor1().equals(telling.actor1())));
    }

    /** Of the events that {@code kind} admits, the one with the latest evidence before {@code offset}, or null. */
    private static Event nearestBefore(java.util.Collection<Event> events, int offset,
                                       java.util.function.Predicate<Event> kind) {
        Event found = null;
        int foundAt = -1;
        for (Event e : events) {
            if (!kind.test(e)) {
                continue;
            }
            for (Mention m : e.evidence()) {
                if (m.span().start() < offset && m.span().start() > foundAt) {
                    found = e;
                    foundAt = m.span().start();
                }
            }
        }
        return found;
    }

    /** A later telling of the event {@code of}. */
    private record Retelling(Event of, Event telling) {
    }

    /**
     * Whether the trigger refers back to an event told before: a pointer stands right before it ({@code هذا
     * الهجوم}) or it is the definite word for an attack ({@code الهجوم}، {@code بالهجمات}; anaphors.tsv).
     */
    private boolean refersBack(AnalyzedText body, Hit hit) {
        List<Token> tokens = body.tokens();
        if (ClauseWords.reads(tokens.get(hit.start()), lexicon::isAnaphoricNoun)) {
            return true;
        }
        for (int k = hit.start() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                return ClauseWords.reads(t, lexicon::isPointer);
            }
            if (!t.isPunct('"')) {
                return false;
            }
        }
        return false;
    }

    /**
     * The event a telling that refers back retells: the nearest told before {@code offset}, of the telling's
     * event type if one is, else of any type; {@code null} when none was told before it.
     */
    private static Event toldBefore(java.util.Collection<Event> events, Event telling, int offset) {
        Event sameType = nearestBefore(events, offset, e -> e.eventType().equals(telling.eventType()));
        return sameType != null ? sameType : nearestBefore(events, offset, e -> true);
    }

    /** Whether the actor is named in the sentence itself, not taken from elsewhere in the report. */
    private static boolean namedIn(ActorRef actor, Span sentence) {
        return actor != null && actor.field() == TextField.TEXT && sentence.contains(actor.span());
    }

    /**
     * The event a telling that says neither where, when nor who ({@code ودانت منظمات حقوقية الغارات}) retells: the
     * report's first event of its sub-event type, else of its event type; {@code null} when the report tells none,
     * and the telling is then an event of its own. ACLED: one event retold is one event.
     */
    private static Event retold(java.util.Collection<Event> events, Event vague) {
        Event sameType = null;
        for (Event e : events) {
            if (e.subEventType().equals(vague.subEventType())) {
                return e;
            }
            if (sameType == null && e.eventType().equals(vague.eventType())) {
                sameType = e;
            }
        }
        return sameType;
    }

    /** The event with the evidence of a vague retelling added; nothing else of it changes. */
    private static Event withEvidenceOf(Event e, Event retelling) {
        List<Mention> evidence = joined(e.evidence(), retelling.evidence());
        return new Event(e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(), e.actor1(),
                e.assocActor1(), e.actor2(), e.assocActor2(), e.inter1(), e.inter2(),
                e.civilianTargeting(), e.country(), e.iso(), e.region(), e.admin1(), e.admin2(), e.admin3(),
                e.location(), e.latitude(), e.longitude(), e.geoPrecision(), e.fatalities(), e.notes(),
                e.source(), e.confidence(), evidence);
    }

    /**
     * ACLED: an event is one day at one place, of one sub-event type, by one actor: air strikes by two air forces
     * on one town are two events, and air strikes and shelling are two events.
     */
    private static String key(Event e) {
        return e.eventType() + "|" + e.subEventType() + "|" + e.location() + "|" + e.eventDate() + "|" + e.actor1();
    }

    /** An event told once without its actor and once with it is one event: the unattributed telling joins it. */
    private static List<Event> mergeUnattributed(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (!e.actor1().isEmpty()) {
                out.add(e);
            }
        }
        for (Event e : events) {
            if (!e.actor1().isEmpty()) {
                continue;
            }
            int target = -1;
            for (int i = 0; i < out.size() && target < 0; i++) {
                Event o = out.get(i);
                if (key(o).startsWith(key(e))) {
                    target = i;
                }
            }
            if (target >= 0) {
                out.set(target, mergeEvidence(out.get(target), e));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * One event retold vaguely ({@code بريف إدلب}) beside a precise telling is the same event: an event of the
     * same type, sub-event type and actor 1 placed only in a countryside or governorate joins the first precisely
     * placed one, bringing its evidence.
     */
    private static List<Event> mergeVague(List<Event> events) {
        List<Event> out = new ArrayList<>();
        List<Event> vague = new ArrayList<>();
        for (Event e : events) {
            (isVague(e) && !e.actor1().isEmpty() ? vague : out).add(e);
        }
        for (Event v : vague) {
            int target = -1;
            for (int i = 0; i < out.size() && target < 0; i++) {
                Event e = out.get(i);
                if (e.eventType().equals(v.eventType()) && e.subEventType().equals(v.subEventType())
                        && e.actor1().equals(v.actor1())) {
                    target = i;
                }
            }
            if (target >= 0) {
                out.set(target, mergeEvidence(out.get(target), v));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    private static boolean isVague(Event e) {
        return e.geoPrecision() == 3;
    }

    /**
     * The days of a stated span of two to {@value #MAX_SPAN_DAYS} days that the fighting lasted
     * ({@code خلال اليومين الماضيين}، {@code على مدى الأسبوع الماضي}، {@code بين 18 و20 شباط}), or an empty list
     * for a single day, a longer or vaguer span, or a span that only says when ({@code في ضربات الأسبوع الماضي}:
     * one event, coded at the week's midpoint).
     */
    private static List<LocalDate> days(AnalyzedText body, DateMention when) {
        if (when == null || !when.endDate().isAfter(when.date()) || when.timePrecision() == DateMention.MONTH) {
            return List.of();
        }
        if (when.timePrecision() != DateMention.DAY && !lasting(body, when)) {
            return List.of();
        }
        if (overnight(body, when)) {
            return List.of(); // ليل الأحد الاثنين: one night, one event
        }
        LocalDate first = when.startDate();
        long n = java.time.temporal.ChronoUnit.DAYS.between(first, when.endDate()) + 1;
        if (n > MAX_SPAN_DAYS) {
            return List.of();
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(when.endDate()); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /** ليل، ليلة (folded): a night that runs from one day into the next. */
    private static final java.util.Set<String> NIGHT = java.util.Set.of("\u0644\u064A\u0644", "\u0644\u064A\u0644\u0647");

    /** Whether the span is one night over two days ({@code ليل الأحد الاثنين}، {@code ليلة السبت الأحد}). */
    private static boolean overnight(AnalyzedText body, DateMention when) {
        if (java.time.temporal.ChronoUnit.DAYS.between(when.startDate(), when.endDate()) != 1) {
            return false;
        }
        String first = org.marsad.text.ArabicNormalizer.key(when.span().of(body.original())).split(" ")[0];
        if (first.length() > 3 && first.charAt(0) == '\u0648') {
            first = first.substring(1);
        }
        return NIGHT.contains(first);
    }

    /**
     * The day an ongoing fight began, told with منذ in the trigger's clause or sentence ({@code ومنذ الأحد يستهدف
     * النظام الغوطة}، {@code القصف المتواصل منذ 18 شباط}) when it lies two to {@value #MAX_SPAN_DAYS} days before
     * the report; else {@code null}. Counts of time ({@code منذ ثلاثة أيام}: three days ago) are left to the
     * relative dates.
     */
    private DateMention since(ReportContext cx, Span after, Span before, Span sentence) {
        AnalyzedText body = cx.body();
        for (Span region : List.of(after, before, sentence)) {
            for (DateMention d : cx.dates()) {
                if (!region.contains(d.span()) || !afterSince(body, d)) {
                    continue;
                }
                long ago = java.time.temporal.ChronoUnit.DAYS.between(d.startDate(), cx.reportDate());
                return ago >= 2 && ago <= MAX_SPAN_DAYS && namesADay(body, d) ? d : null;
            }
        }
        return null;
    }

    /** Whether the date names a day (a weekday, or a calendar date with its number), not a count of time ago. */
    private static boolean namesADay(AnalyzedText body, DateMention d) {
        String text = d.span().of(body.original());
        for (int k = 0; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        for (String word : org.marsad.text.ArabicNormalizer.key(text).split(" ")) {
            if (WEEKDAYS.contains(word.startsWith("\u0648") ? word.substring(1) : word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether منذ (or ومنذ) stands right before the date, a يوم between them allowed ({@code منذ يوم الأحد}). */
    private static boolean afterSince(AnalyzedText body, DateMention d) {
        List<Token> tokens = body.tokens();
        int t = body.tokenAtOrAfter(d.span().start()) - 1;
        for (int words = 0; t >= 0 && words < 2; t--) {
            Token w = tokens.get(t);
            if (!w.isWord()) {
                continue;
            }
            words++;
            String text = w.text();
            if (text.equals(SINCE) || text.equals(WAW + SINCE)) {
                return true;
            }
            if (!text.equals(DAY_WORD)) {
                return false;
            }
        }
        return false;
    }

    /** The days from {@code first} to the day before the report: the whole days a fight told as ongoing has lasted. */
    private static List<LocalDate> daysSince(LocalDate first, LocalDate reportDate) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; d.isBefore(reportDate); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /** Whether a word of duration stands right before the span ({@code خلال}، {@code طيلة}، {@code على مدى}). */
    private static boolean lasting(AnalyzedText body, DateMention when) {
        int t = body.tokenAtOrAfter(when.span().start()) - 1;
        while (t >= 0 && !body.tokens().get(t).isWord()) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        for (Proclitics.Reading r : body.tokens().get(t).readings()) {
            if (DURATION_WORDS.contains(r.form())) {
                return true;
            }
        }
        return false;
    }

    /** Original offsets of the words that open a new clause. */
    private List<Integer> clauseBreaks(AnalyzedText body) {
        List<Integer> out = new ArrayList<>();
        for (Token t : body.tokens()) {
            if (t.isWord()) {
                for (int k = 0; k < t.readings().size(); k++) {
                    if (lexicon.isClauseBreak(t.readings().get(k).form())) {
                        out.add(body.text().toOriginal(t.start()));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static int nextBreak(List<Integer> breaks, int from, int otherwise) {
        for (int b : breaks) {
            if (b >= from) {
                return Math.min(b, otherwise);
            }
        }
        return otherwise;
    }

    private static int previousBreak(List<Integer> breaks, int before, int otherwise) {
        int best = otherwise;
        for (int b : breaks) {
            if (b >= before) {
                break;
            }
            best = Math.max(best, b);
        }
        return best;
    }

    /** Whether the next trigger is joined to this one by و, a few words later: {@code قصف سوري وغارات روسية}. */
    private static boolean joinedToNext(List<Hit> hits, int h) {
        if (h + 1 >= hits.size()) {
            return false;
        }
        Hit next = hits.get(h + 1);
        return next.proclitic().startsWith(WAW) && next.start() - hits.get(h).end() <= SAME_EVENT_GAP;
    }

    /** Triggers of the body, not negated, weak ones dropped where a strong one follows closely. */
    private List<Hit> hits(ReportContext cx) {
        AnalyzedText body = cx.body();
        List<Token> tokens = body.tokens();
        PhraseIndex<Trigger> index = lexicon.triggers();
        List<Hit> all = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Trigger> m = index.longestAt(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            Span span = body.text().toOriginal(tokens.get(i).start() + m.prefix(), tokens.get(m.endToken() - 1).end());
            // a trigger inside a name is no trigger (جيش الفتح); a name inside a trigger is part of it
            // (النار على المتظاهرين)
            boolean insideActor = cx.actors().stream().anyMatch(a -> a.span().overlaps(span)
                    && !(span.contains(a.span()) && span.length() > a.span().length()));
            if (!insideActor && !negated(tokens, i) && !expected(tokens, m.endToken())) {
                all.add(new Hit(i, m.endToken(), m.values().get(0), span, span.start(),
                        tokens.get(i).text().substring(0, m.prefix())));
            }
            i = m.endToken();
        }
        List<Hit> kept = new ArrayList<>();
        int displaced = -1;
        for (int h = 0; h < all.size(); h++) {
            Hit hit = all.get(h);
            if (!hit.trigger().strong() && shadowed(all, h, body)) {
                displaced = displaced < 0 ? hit.span().start() : displaced;
                continue;
            }
            Hit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && last.trigger().eventType().equals(hit.trigger().eventType())
                    && hit.start() - last.end() <= SAME_EVENT_GAP) {
                boolean otherKind = !last.trigger().subEventType().equals(hit.trigger().subEventType());
                if (hit.proclitic().startsWith(WAW) && hit.start() > last.end()) {
                    // قصف مدفعي وغارات جوية، غارات سورية وغارات روسية: two events (ACLED: another kind or
                    // another striker); told twice of the same striker, they fall together again by their key
                    kept.add(hit);
                    displaced = -1;
                    continue;
                }
                if (otherKind && hit.proclitic().contains(BI)) {
                    // قصف بالبراميل المتفجرة: the weapon tells what the one attack was
                    kept.set(kept.size() - 1, last.as(hit.trigger()));
                }
                continue; // سيارة مفخخة وأحزمة ناسفة: one attack told with two words
            }
            kept.add(displaced < 0 ? hit : hit.withClauseStart(displaced));
            displaced = -1;
        }
        return kept;
    }

    /**
     * Whether a negation stands a few words before the trigger ({@code لم تسيطر}), not itself undone by a word of
     * ceasing after it: {@code لم تتوقف عن قصف المدينة} (has not stopped shelling it) is shelling.
     */
    private boolean negated(List<Token> tokens, int i) {
        int words = 0;
        boolean ceased = false;
        for (int k = i - 1; k >= 0 && words < INTENT_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.isPunct('.')) {
                    return false;
                }
                continue;
            }
            words++;
            for (Proclitics.Reading r : t.readings()) {
                if (words <= NEGATION_REACH && lexicon.isCeasing(r.form()) && !ceased) {
                    ceased = true;
                    break;
                }
                if (words <= NEGATION_REACH && lexicon.isNegation(r.form()) || lexicon.isIntent(r.form())
                        || words == 1 && lexicon.cancelsRightBefore(r.form())
                        || MAY.equals(r.form()) && imperfectAfter(tokens, k)) {
                    return !ceased;
                }
            }
        }
        return false;
    }

    /** قد: before an imperfect verb it says "may" (قد تشن هجوما); before a perfect one, "has" (قد قصفت). */
    private static final String MAY = "\u0642\u062F";
    /** تم: a perfect verb that begins like an imperfect one (قد تم قصف: has been shelled). */
    private static final String DONE = "\u062A\u0645";

    /** Whether the word after token {@code k} is an imperfect verb: يـ, or تـ not ending as a perfect does (تعرضت). */
    private static boolean imperfectAfter(List<Token> tokens, int k) {
        for (int n = k + 1; n < tokens.size(); n++) {
            Token t = tokens.get(n);
            if (!t.isWord()) {
                continue;
            }
            String w = t.text();
            return w.startsWith("\u064A") || w.startsWith("\u062A") && !w.endsWith("\u062A") && !w.equals(DONE);
        }
        return false;
    }

    /**
     * How many words before a trigger a word of intent reaches: its subject and a verbal noun stand between
     * ({@code وتوعد الرئيس الأمريكي بإطلاق صواريخ}).
     */
    private static final int INTENT_REACH = 5;

    /**
     * How many words after a trigger a word of expectation or habit reaches ({@code هجوم بري وشيك}، {@code قصفت
     * الطائرات الإسرائيلية مرارا}).
     */
    private static final int EXPECTED_REACH = 3;

    /** Whether a word of expectation or habit follows the trigger closely: {@code هجوم وشيك}، {@code قصفت مرارا}. */
    private boolean expected(List<Token> tokens, int after) {
        List<Token> next = ClauseWords.after(tokens, after, EXPECTED_REACH);
        return !next.isEmpty() && ClauseWords.reads(next.get(0), lexicon::cancelsRightAfter)
                || next.stream().anyMatch(t -> ClauseWords.reads(t, lexicon::isExpected));
    }

    /** A weak trigger with a strong one a few words later in the same sentence gives way to it. */
    private static boolean shadowed(List<Hit> hits, int h, AnalyzedText body) {
        Hit weak = hits.get(h);
        Span sentence = body.sentenceAt(weak.span().start());
        for (int k = h + 1; k < hits.size(); k++) {
            Hit next = hits.get(k);
            if (next.start() - weak.end() > WEAK_SHADOW || next.span().start() >= sentence.end()) {
                return false;
            }
            if (next.trigger().strong()) {
                return true;
            }
        }
        return false;
    }

    private static DateMention date(List<DateMention> dates, Span after, Span before, Span sentence) {
        for (Span region : List.of(after, before, sentence)) {
            for (DateMention d : dates) {
                if (region.contains(d.span())) {
                    return d;
                }
            }
        }
        return null;
    }

    /** One event; {@code day} is one day of a multi-day span, or {@code null} for the date {@code when} gives. */
    private Event event(ReportContext cx, Hit hit, EventPlaces.PlacedMention where, DateMention when, LocalDate day,
                        Roles.Filled who, int fatalities, Span sentence) {
        GazetteerEntry e = where.place().entry();
        PlaceCue cue = where.mention().cue();
        int geoPrecision = cue == PlaceCue.COUNTRYSIDE ? 3 : cue == PlaceCue.DIRECTION ? 2 : 1;
        double lat = e.lat();
        double lon = e.lon();
        String location = e.nameEn();
        if (cue == PlaceCue.COUNTRYSIDE) {
            GazetteerEntry governorate = governorateOf(e);
            if (governorate != null) {
                lat = governorate.lat();
                lon = governorate.lon();
                location = governorate.nameEn();
            }
        }
        LocalDate date = day != null ? day : when == null ? cx.reportDate().minusDays(UNDATED_LAG_DAYS) : when.date();
        int timePrecision = day != null ? 1 : when == null ? 2 : when.timePrecision();
        Country country = gazetteer.country(e.country()).orElse(null);
        String notes = subEventType(hit.trigger(), who.actor1()) + " ('" + hit.span().of(cx.body().original()) + "')"
                + (who.actor1() == null ? "" : " by " + who.actor1().name())
                + (who.actor2() == null ? "" : " against " + who.actor2().name())
                + " at " + e.nameEn() + (when == null ? "; undated: the day before the report" : "");
        double confidence = 0.4 + (who.actor1() != null ? 0.2 : 0) + (when != null ? 0.2 : 0)
                + (cue != PlaceCue.NONE ? 0.1 : 0) + (hit.trigger().strong() ? 0.1 : 0);
        return new Event(date, timePrecision, hit.trigger().eventType(), subEventType(hit.trigger(), who.actor1()),
                who.actor1() == null ? "" : who.actor1().name(), who.assoc1() == null ? "" : who.assoc1().name(),
                who.actor2() == null ? "" : who.actor2().name(), who.assoc2() == null ? "" : who.assoc2().name(),
                who.actor1() == null ? "" : who.actor1().typeLabel(),
                who.actor2() == null ? "" : who.actor2().typeLabel(),
                who.civilianTargeting() ? "Civilian targeting" : "",
                country == null ? e.country() : country.nameEn(), country == null ? 0 : country.isoNumeric(),
                country == null ? "" : country.acledRegion(), nz(e.admin1En()), nz(e.admin2En()), nz(e.admin3En()), location, lat, lon, geoPrecision,
                fatalities, notes, sourceOf(cx), Math.min(1.0, confidence),
                List.of(Mention.of(cx.report(), TextField.TEXT, sentence)));
    }

    /**
     * ACLED: territory taken by state forces (or their units) is "Government regains territory"; taken back by
     * any other armed group ({@code استعادت فصائل المعارضة بلدة حمورية}) it is "Non-state actor overtakes
     * territory".
     */
    private static String subEventType(Trigger trigger, ActorRef actor1) {
        boolean state = actor1 != null && actor1.record() != null
                && actor1.record().kind() == org.marsad.knowledge.actors.ActorKind.STATE;
        boolean nonState = actor1 != null && !state && actor1.armed();
        if (state && NON_STATE_TAKES.equals(trigger.subEventType())) {
            return GOVERNMENT_REGAINS;
        }
        return nonState && GOVERNMENT_REGAINS.equals(trigger.subEventType()) ? NON_STATE_TAKES : trigger.subEventType();
    }

    private GazetteerEntry governorateOf(GazetteerEntry e) {
        if (e.kind() == PlaceKind.ADMIN1 || e.admin1Ar() == null) {
            return e.kind() == PlaceKind.ADMIN1 ? e : null;
        }
        for (GazetteerEntry g : gazetteer.lookupName(e.admin1Ar())) {
            if (g.kind() == PlaceKind.ADMIN1 && g.country().equals(e.country())) {
                return g;
            }
        }
        return null;
    }

    private static String sourceOf(ReportContext cx) {
        String s = cx.report().source();
        return s == null || s.isBlank() ? cx.report().id() : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The same event retold: one event with the evidence of both, the higher confidence and the lower toll. */
    private static Event mergeEvidence(Event a, Event b) {
        List<Mention> evidence = joined(a.evidence(), b.evidence());
        boolean bBetter = a.actor1().isEmpty() && !b.actor1().isEmpty();
        Event base = bBetter ? b : a;
        int fatalities = a.fatalities() == 0 ? b.fatalities() : b.fatalities() == 0 ? a.fatalities()
                : Math.min(a.fatalities(), b.fatalities());
        return new Event(base.eventDate(), base.timePrecision(), base.eventType(), base.subEventType(), base.actor1(),
                base.assocActor1(), base.actor2(), base.assocActor2(), base.inter1(), base.inter2(),
                base.civilianTargeting(), base.country(), base.iso(), base.region(), base.admin1(), base.admin2(), base.admin3(),
                base.location(), base.latitude(), base.longitude(), base.geoPrecision(), fatalities, base.notes(),
                base.source(), Math.max(a.confidence(), b.confidence()), evidence);
    }

    /** The evidence of two tellings, each span once, in the order told. */
    private static List<Mention> joined(List<Mention> a, List<Mention> b) {
        List<Mention> evidence = new ArrayList<>(a);
        for (Mention m : b) {
            if (!evidence.contains(m)) {
                evidence.add(m);
            }
        }
        return evidence;
    }
}
