package org.marsad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.geocode.ResolvedPlace;
import org.marsad.geocode.gazetteer.GazetteerEntry;
import org.marsad.geocode.gazetteer.PlaceKind;
import org.marsad.model.Span;
import org.marsad.model.TextField;
import org.marsad.recognize.PlaceCue;
import org.marsad.recognize.PlaceMention;
import org.marsad.text.AnalyzedText;
import org.marsad.text.Token;

/**
 * Where an event happened: the places of its clause (one event per place of a list), else the nearest place
 * named before it, else the report's main place; always in the country the clause says it happened in.
 * Countries, and countrysides or large cities that only locate a named town, are not event places.
 * Stateless.
 */
final class EventPlaces {

    private static final String CAPITAL = "PPLC";
    /** Places of one clause this close (in words) form a list: one event each. */
    private static final int LIST_GAP = 3;
    /** A city this large after a direction word locates the towns before it rather than being the place. */
    private static final long LOCATOR_CITY = 100_000;

    private EventPlaces() {
    }

    /** A place mention of the body with the place it resolved to. */
    record PlacedMention(ResolvedPlace place, PlaceMention mention) {
        Span span() {
            return mention.span();
        }
    }

    /** The body's place mentions in text order, but for those of its dateline ({@link Dateline}). */
    static List<PlacedMention> placeMentions(ReportContext cx) {
        List<PlacedMention> out = new ArrayList<>();
        Span dateline = Dateline.of(cx.body().original());
        for (ResolvedPlace p : cx.places()) {
            for (PlaceMention m : p.mentions()) {
                if (m.field() == TextField.TEXT && (dateline == null || !dateline.contains(m.span()))) {
                    out.add(new PlacedMention(p, m));
                }
            }
        }
        out.sort(Comparator.comparing(PlacedMention::span));
        return out;
    }

    /**
     * The places of an event: those after the trigger in its clause, else the nearest before it in its
     * clause, then in its sentence, else the report's main place. A later clause of the sentence is read only in
     * the overload with {@code rest}, and only up to the next trigger's clause. A countryside ({@code بريف إدلب}) that only says where a named town lies
     * is not a place of its own; a country alone is no place (ACLED records no event known only to the country).
     */
    static List<PlacedMention> places(Mentions every, Span after, Span before, Span sentence, ReportContext cx) {
        return places(every, after, before, sentence, null, cx);
    }

    /**
     * The body's place mentions ({@link #placeMentions}) and, worked out once per report, those that can be an
     * event's place when its clause names no country: all but capitals that stand for their states.
     */
    record Mentions(List<PlacedMention> every, List<PlacedMention> places) {
        /** The same mentions but for those inside {@code span}: where fighters went, say, not where they left. */
        Mentions outside(Span span) {
            return new Mentions(every.stream().filter(p -> !span.contains(p.span())).toList(),
                    places.stream().filter(p -> !span.contains(p.span())).toList());
        }
    }

    static Mentions mentions(ReportContext cx) {
        List<PlacedMention> placed = placeMentions(cx);
        List<PlacedMention> every = mayTellOrigins(cx.body().original())
                ? placed.stream().filter(p -> !origin(cx, p)).toList() : placed;
        return new Mentions(every, every.stream().filter(p -> !speaksForItsState(p, cx)).toList());
    }

    /** ينتمي، ينتمون، تنتمي، ينحدر، ينحدرون، تنحدر (folded): verbs that say where people come from. */
    private static final java.util.Set<String> ORIGIN_VERBS = java.util.Set.of(
            "\u064A\u0646\u062A\u0645\u064A", "\u064A\u0646\u062A\u0645\u0648\u0646",
            "\u062A\u0646\u062A\u0645\u064A", "\u064A\u0646\u062D\u062F\u0631",
            "\u064A\u0646\u062D\u062F\u0631\u0648\u0646", "\u062A\u0646\u062D\u062F\u0631");
    /** How many words before a place a verb of origin may stand ({@code ينتمي معظمهم إلى مدينة حماة}). */
    private static final int ORIGIN_REACH = 4;

    /** Whether the text holds a verb of origin at all: most reports do not, and their places need no check. */
    private static boolean mayTellOrigins(String text) {
        return text.contains("\u0646\u062A\u0645") || text.contains("\u0646\u062D\u062F\u0631");
    }

    /**
     * Whether the place says where people come from ({@code ينتمي معظمهم إلى مدينة حماة}، {@code ينحدرون من
     * دير الزور}), not where anything happened.
     */
    private static boolean origin(ReportContext cx, PlacedMention p) {
        List<Token> tokens = cx.body().tokens();
        return ClauseWords.before(tokens, cx.body().tokenAtOrAfter(p.span().start()), ORIGIN_REACH).stream()
                .anyMatch(t -> ClauseWords.reads(t, ORIGIN_VERBS::contains));
    }

    /**
     * {@link #places(Mentions, Span, Span, Span, ReportContext)}, and before the report's main place, the places of
     * {@code rest}: the words of the sentence after the clause that no other trigger's clause takes ({@code
     * البراميل المتفجرة، وإنها أدت إلى أضرار في حمورية}; may be {@code null}).
     */
    static List<PlacedMention> places(Mentions mentions, Span after, Span before, Span sentence, Span rest,
                                      ReportContext cx) {
        // غارات شنتها في سوريا: a clause that says where by its country happened there
        String country = countryNamed(mentions.every(), after);
        List<PlacedMention> all = country == null ? mentions.places() : mentions.every().stream()
                .filter(p -> country.equals(p.place().entry().country())).toList();
        List<PlacedMention> here = townsIn(cx.body(), all, after);
        if (!here.isEmpty()) {
            return here;
        }
        Span sentenceBefore = new Span(sentence.start(), Math.max(sentence.start(), after.start()));
        for (Span region : List.of(before, sentenceBefore)) {
            List<PlacedMention> in = new ArrayList<>();
            for (PlacedMention p : all) {
                if (region.contains(p.span()) && p.place().entry().kind() != PlaceKind.COUNTRY) {
                    in.add(p);
                }
            }
            List<PlacedMention> towns = in.stream().filter(p -> !isLocator(p)).toList();
            if (!towns.isEmpty() || !in.isEmpty()) {
                return List.of(nearestBefore(towns.isEmpty() ? in : towns, after.start()));
            }
        }
        if (rest != null) {
            List<PlacedMention> later = townsIn(cx.body(), all, rest);
            if (!later.isEmpty()) {
                return later;
            }
        }
        // the report's main place: in the report's own country when it names a place there (a report on Syria
        // that quotes Moscow most often still happened in Syria)
        PlacedMention main = country == null && cx.focus() != null ? mainPlace(all, cx, cx.focus()) : null;
        if (main == null) {
            main = mainPlace(all, cx, country);
        }
        return main == null ? List.of() : List.of(main);
    }

    /** The most-mentioned place of the report (in {@code country}, unless it is {@code null}), or {@code null}. */
    private static PlacedMention mainPlace(List<PlacedMention> all, ReportContext cx, String country) {
        PlacedMention main = null;
        int most = 0;
        for (ResolvedPlace p : cx.places()) {
            if (p.entry().kind() != PlaceKind.COUNTRY && p.mentions().size() > most
                    && (country == null || country.equals(p.entry().country())) && !onlyForItsState(p, cx)) {
                List<PlacedMention> body = all.stream().filter(x -> x.place() == p).toList();
                if (!body.isEmpty()) {
                    main = body.get(0);
                    most = p.mentions().size();
                }
            }
        }
        return main;
    }

    /**
     * {@code تدعمه واشنطن}، {@code أعلنت موسكو}: a foreign capital named without a place word stands for its
     * state, not for a place where something happened.
     */
    private static boolean speaksForItsState(PlacedMention p, ReportContext cx) {
        GazetteerEntry e = p.place().entry();
        if (!CAPITAL.equals(e.featureCode()) || !bare(p.mention(), cx)) {
            return false;
        }
        // غارات شنتها دمشق، اتهمت دمشق: even the report's own capital, right after a verb it is the subject of
        return !e.country().equals(cx.focus()) || afterStateVerb(cx.body(), p.span());
    }

    /**
     * Verbs whose subject, named right after them, is a state even when a capital names it ({@code شنتها دمشق مع
     * حليفتها موسكو}، {@code اتهمت دمشق}، {@code قالت دمشق}). Normalized (hamza and teh marbuta folded).
     */
    private static final java.util.Set<String> STATE_VERBS = java.util.Set.of(
            "\u0634\u0646\u062A\u0647\u0627", "\u0634\u0646\u062A\u0647", "\u062A\u0634\u0646\u0647\u0627",
            "\u062A\u0634\u0646\u0647", "\u0646\u0641\u0630\u062A\u0647\u0627", "\u0646\u0641\u0630\u062A\u0647",
            "\u0642\u0627\u0644\u062A", "\u062A\u0642\u0648\u0644", "\u0627\u0639\u0644\u0646\u062A",
            "\u0627\u062A\u0647\u0645\u062A", "\u062A\u062A\u0647\u0645", "\u0646\u0641\u062A",
            "\u062A\u0646\u0641\u064A", "\u0627\u0643\u062F\u062A", "\u062A\u0624\u0643\u062F",
            "\u062A\u0631\u064A", "\u0631\u0641\u0636\u062A", "\u062A\u0631\u0641\u0636",
            "\u0637\u0627\u0644\u0628\u062A", "\u062A\u0637\u0627\u0644\u0628", "\u062D\u0645\u0644\u062A");

    /** Whether the word right before the span (its proclitic و or ف aside) is one of {@link #STATE_VERBS}. */
    private static boolean afterStateVerb(AnalyzedText body, Span span) {
        List<Token> tokens = body.tokens();
        for (int k = body.tokenAtOrAfter(span.start()) - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            for (org.marsad.text.Proclitics.Reading r : t.readings()) {
                if (STATE_VERBS.contains(r.form())) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** A capital the report only ever names without a place word ({@code قالت موسكو}): never the report's main place. */
    private static boolean onlyForItsState(ResolvedPlace p, ReportContext cx) {
        return CAPITAL.equals(p.entry().featureCode()) && p.mentions().stream().allMatch(m -> bare(m, cx));
    }

    /**
     * Whether no place word introduces the mention: nothing before it, or it continues a list whose head had
     * nothing either ({@code تقول دمشق وموسكو}، {@code تصنفه واشنطن وأنقرة}: states, not places).
     */
    private static boolean bare(PlaceMention m, ReportContext cx) {
        if (m.cue() != PlaceCue.LIST) {
            return m.cue() == PlaceCue.NONE;
        }
        PlaceMention head = null;
        for (ResolvedPlace p : cx.places()) {
            for (PlaceMention o : p.mentions()) {
                if (o.field() == m.field() && o.span().end() <= m.span().start()
                        && (head == null || o.span().start() > head.span().start())) {
                    head = o;
                }
            }
        }
        return head != null && bare(head, cx);
    }

    /**
     * The country the clause says its event happened in ({@code غارات شنتها في سوريا}، {@code شمال سوريا}): a
     * country after the trigger, after a place word; or {@code null}. A country before the trigger is most
     * often who speaks or acts ({@code قالت الولايات المتحدة إن}), not where.
     */
    private static String countryNamed(List<PlacedMention> all, Span after) {
        for (PlacedMention p : all) {
            PlaceCue cue = p.mention().cue();
            if (after.contains(p.span()) && p.place().entry().kind() == PlaceKind.COUNTRY
                    && (cue == PlaceCue.WEAK || cue == PlaceCue.DIRECTION)) {
                return p.place().entry().country();
            }
        }
        return null;
    }

    /**
     * The places of a region that an event can be at: no countries; a countryside or a large city after a
     * direction word only when no town of the region says more precisely where ({@code حيش بريف إدلب}، {@code
     * بلدات ... جنوب إدلب}).
     */
    private static List<PlacedMention> townsIn(AnalyzedText body, List<PlacedMention> all, Span region) {
        List<PlacedMention> in = new ArrayList<>();
        for (PlacedMention p : all) {
            if (region.contains(p.span()) && p.place().entry().kind() != PlaceKind.COUNTRY) {
                in.add(p);
            }
        }
        List<PlacedMention> towns = new ArrayList<>();
        PlacedMention last = null;
        for (PlacedMention p : in) {
            if (!isLocator(p) && (towns.isEmpty() || listed(body, last, p))) {
                towns.add(p);
            }
            last = p;
        }
        if (!towns.isEmpty()) {
            return distinctPlaces(towns);
        }
        return in.isEmpty() ? List.of() : List.of(in.get(0));
    }

    /**
     * Whether {@code next} continues a list after {@code previous}: a few words apart, joined by و
     * ({@code في بلدة حيش ومحيط مدينة خان شيخون}، {@code التمانعة وسجنة وركايا وكفروما}). A destination or a
     * route further on ({@code خروجا من ... في الرقة ... عبر خناصر}) is not a second place of the event.
     */
    private static boolean listed(AnalyzedText body, PlacedMention previous, PlacedMention next) {
        if (next.mention().cue() == PlaceCue.LIST) {
            return true;
        }
        int words = 0;
        boolean joined = false;
        List<Token> tokens = body.tokens();
        for (int i = body.tokenAtOrAfter(previous.span().end()); i < tokens.size()
                && body.originalStart(i) < next.span().end(); i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                joined |= t.text().charAt(0) == '\u0648';
            }
        }
        return joined && words - 1 <= LIST_GAP;
    }

    private static boolean isLocator(PlacedMention p) {
        PlaceCue cue = p.mention().cue();
        GazetteerEntry e = p.place().entry();
        return cue == PlaceCue.COUNTRYSIDE || cue == PlaceCue.GOVERNORATE || e.kind() == PlaceKind.ADMIN1
                || cue == PlaceCue.DIRECTION && e.population() >= LOCATOR_CITY;
    }

    private static PlacedMention nearestBefore(List<PlacedMention> in, int offset) {
        PlacedMention best = in.get(0);
        for (PlacedMention p : in) {
            if (p.span().start() < offset) {
                best = p;
            }
        }
        return best;
    }

    private static List<PlacedMention> distinctPlaces(List<PlacedMention> in) {
        Map<String, PlacedMention> byId = new LinkedHashMap<>();
        for (PlacedMention p : in) {
            byId.putIfAbsent(p.place().entry().id(), p);
        }
        return new ArrayList<>(byId.values());
    }
}
